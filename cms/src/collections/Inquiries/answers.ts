import { countryName } from '#common/countries.ts';
import { uiString } from '../../lib/optionLabels';

type Lang = 'zh' | 'en';

/** The option group (`inquiry.<group>.<value>` in the UI strings) of each choice a lead holds. */
const groups: Record<string, string> = {
  companySize: 'companySize',
  inquiryType: 'inquiryType',
  industry: 'industry',
  investmentBand: 'investmentBand',
  jobsBand: 'jobsBand',
  timeline: 'timeline',
  contactChannel: 'contactChannel',
  stage: 'stage',
  closeReason: 'closeReason',
  preferredLanguage: 'language',
  locale: 'language',
};

/**
 * A lead's stored value as a reader of `lang` reads it: a choice by its label, a country by its
 * name; a value without a label (an industry an editor added) shows as it is stored.
 */
export function answerText(field: string, value: unknown, lang: Lang): string {
  if (value == null || value === '') return '';
  if (typeof value !== 'string') return String(value);
  if (field === 'country') return countryName(value, lang);
  const group = groups[field];
  if (!group) return value;
  const key = `inquiry.${group}.${value}`;
  const label = uiString(key, lang);
  return label === key ? value : label;
}
