import type { Field, SelectFieldSingleValidation } from 'payload';
import { countryCodes, countryName, isCountryCode, unknownCountry } from '#common/countries.ts';
import { bilingual } from '../../../lib/bilingual';
import { uiLabel } from '../../../lib/optionLabels';
import { prospectAnswer } from './prospectAnswer';

const byEnglishName = [...countryCodes].sort((a, b) => countryName(a, 'en').localeCompare(countryName(b, 'en'), 'en'));

/** Each code named in both admin languages; the unknown region last, for leads from before the list. */
export const countryOptions = [
  ...byEnglishName.map((code) => ({ value: code, label: { zh: countryName(code, 'zh'), en: countryName(code, 'en') } })),
  { value: unknownCountry, label: { zh: '未识别（见原填写内容）', en: 'Not recognised (see as submitted)' } },
];

export const unknownCountryMessage = bilingual(
  '请从列表中选择国家或地区（ISO 3166-1 代码）',
  'choose a country or region from the list (an ISO 3166-1 code)',
);

/**
 * An ISO 3166-1 alpha-2 code. The unknown region stays only on a lead that already holds it (one
 * whose free text the upgrade could not match): nobody picks it anew.
 */
const validateCountry: SelectFieldSingleValidation = (value, { required, operation, previousValue }) => {
  if (value == null || value === '') return required ? bilingual('此项为必填项', 'this field is required') : true;
  if (isCountryCode(value)) return true;
  if (value === unknownCountry && operation === 'update' && previousValue === unknownCountry) return true;
  return unknownCountryMessage;
};

export const countryField: Field = {
  name: 'country',
  type: 'select',
  required: true,
  index: true,
  label: uiLabel('inquiry.country'),
  options: countryOptions,
  validate: validateCountry,
  ...prospectAnswer,
};

/** The prospect's own text where it named no country on the list: kept, shown, never edited. */
export const countryAsSubmittedField: Field = {
  name: 'countryAsSubmitted',
  type: 'text',
  label: { zh: '原填写的国家或地区（未识别）', en: 'Country as submitted (not recognised)' },
  access: { create: () => false, update: () => false },
  admin: {
    readOnly: true,
    condition: (data) => Boolean(data?.countryAsSubmitted),
    description: {
      zh: '旧表单的自由文本未能对应到国家或地区代码。请管理员在“国家或地区”中选择正确的一项。',
      en: 'The old form’s free text matched no country code. An administrator picks the right one under country.',
    },
  },
};
