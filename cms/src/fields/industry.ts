import type { TextFieldSingleValidation } from 'payload';
import { otherIndustry } from '#common/inquiryOptions.ts';

const requiredMessage = '此项为必填项 / This field is required';
export const unknownIndustryMessage = '产业无效 / unknown industry';

/**
 * A field's validate for an industry named by its slug (what the inquiry form sends): a published
 * document of the industries collection, or "other". Checked when the value is set or changed, so
 * a lead or rule keeps its industry after an editor withdraws that industry. It replaces Payload's
 * default validate, so it checks `required` too.
 */
export const validateIndustry: TextFieldSingleValidation = async (value, { req, operation, previousValue, required }) => {
  if (value == null || value === '') return required ? requiredMessage : true;
  if (typeof value !== 'string') return unknownIndustryMessage;
  if (value === otherIndustry || (operation === 'update' && value === previousValue)) return true;
  const { totalDocs } = await req.payload.count({
    collection: 'industries',
    where: { and: [{ slug: { equals: value } }, { _status: { equals: 'published' } }] },
    overrideAccess: true,
    req,
  });
  return totalDocs > 0 ? true : unknownIndustryMessage;
};
