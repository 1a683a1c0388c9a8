import en from '#common/strings/en.json';
import zh from '#common/strings/zh.json';
import { optionGroups, type OptionGroup } from '#common/inquiryOptions.ts';

const strings = { zh: zh as Record<string, string>, en: en as Record<string, string> };

/** A UI string in both languages, as Payload labels take it. */
export const uiLabel = (key: string) => ({ zh: strings.zh[key] ?? key, en: strings.en[key] ?? key });

/** A UI string in one language (emails, exports). */
export const uiString = (key: string, locale: 'zh' | 'en') => strings[locale][key] ?? key;

/** Select options of one group, labelled with the site's own UI strings in both languages. */
export const selectOptions = (group: OptionGroup) =>
  optionGroups[group].map((value) => ({ value, label: uiLabel(`inquiry.${group}.${value}`) }));
