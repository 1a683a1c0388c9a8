import { ValidationError, type FieldAccess, type FieldHook } from 'payload';
import { idOf } from '#common/idOf.ts';
import { hasRole } from '../../../access/roles';
import { bilingual } from '../../../lib/bilingual';

/**
 * What the prospect wrote is theirs: nobody but an administrator changes it after it arrives
 * (an administrator's correction is logged on the inquiry's activity). Anyone who may create an
 * inquiry gives these answers when creating it.
 */
export const prospectAnswerAccess: { update: FieldAccess } = { update: ({ req }) => hasRole(req, 'admin') };

const same = (a: unknown, b: unknown) => {
  const norm = (v: unknown) => {
    if (v === undefined || v === null || v === '') return '';
    const id = typeof v === 'object' ? idOf(v as never) : v;
    return String(id);
  };
  return norm(a) === norm(b);
};

export const prospectAnswerRefusal = bilingual(
  '这是咨询者本人填写的内容，只有管理员可以更正',
  "this is the prospect's own answer: only an administrator may correct it",
);

/**
 * Field access alone drops a refused value and answers 200, as if the change had been saved. This
 * hook runs before that check and refuses an update that would change the answer, with the
 * field's own error (a 400 through REST and GraphQL). Sending the stored value back (as the admin
 * form does) is no change and passes.
 */
export const refuseProspectAnswerChange: FieldHook = ({ value, previousValue, operation, req, overrideAccess, path, collection }) => {
  if (operation !== 'update' || overrideAccess || value === undefined || hasRole(req, 'admin')) return value;
  if (same(value, previousValue)) return value;
  throw new ValidationError({ collection: collection?.slug, errors: [{ path: path.join('.'), message: prospectAnswerRefusal }], req });
};

/** Both, for a field the prospect fills in. */
export const prospectAnswer = {
  access: prospectAnswerAccess,
  hooks: { beforeValidate: [refuseProspectAnswerChange] },
};
