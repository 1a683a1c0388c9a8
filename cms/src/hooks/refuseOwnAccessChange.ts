import { ValidationError, type CollectionBeforeOperationHook } from 'payload';
import { hasRole } from '../access/roles';
import { bilingual } from '../lib/bilingual';

export const ownRoleMessage = bilingual(
  '只有管理员可以更改角色（包括自己的角色）',
  'Only an administrator can change a role, your own included',
);
export const ownAPIKeyMessage = bilingual(
  '只有管理员可以为网站服务账户设置 API 密钥',
  "Only an administrator sets an API key, and only for the site's service account",
);

/**
 * A member of staff who is not an administrator and asks to change their own role, or to give
 * themselves an API key, is told no beside the field (400), by REST, GraphQL and the admin alike.
 * The fields' own access would drop the values and answer 200 with nothing changed. Sending the
 * role one already has (the admin's account form always does) is no change and passes.
 * Non-admins can update only themselves, so a change to anyone else's account is refused by
 * access (403) before this looks at it; an update by query can only reach their own account.
 */
export const refuseOwnAccessChange: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'update' && operation !== 'updateByID') return;
  const user = req.user as { id: number | string; role?: string | null } | null | undefined;
  if (!user || hasRole(req, 'admin')) return;
  const { data, id } = args as { data?: { role?: unknown; apiKey?: unknown; enableAPIKey?: unknown }; id?: number | string };
  if (!data || (id !== undefined && String(id) !== String(user.id))) return;
  const errors: { path: string; message: string }[] = [];
  if (data.role !== undefined && data.role !== user.role) errors.push({ path: 'role', message: ownRoleMessage });
  if (data.enableAPIKey === true) errors.push({ path: 'enableAPIKey', message: ownAPIKeyMessage });
  if (typeof data.apiKey === 'string' && data.apiKey !== '') errors.push({ path: 'apiKey', message: ownAPIKeyMessage });
  if (errors.length > 0) throw new ValidationError({ errors, req }, req.t);
};
