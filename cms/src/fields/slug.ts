import type { Field } from 'payload';

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The document's URL key, shared by both languages so that the language switch leads to the
 * same document (`/zh/news/x` <-> `/en/news/x`).
 */
export const slugField: Field = {
  name: 'slug',
  type: 'text',
  required: true,
  unique: true,
  index: true,
  label: { zh: '网址标识', en: 'URL slug' },
  admin: {
    position: 'sidebar',
    description: {
      zh: '小写英文字母、数字和连字符，例如 clean-energy；中英文页面共用。',
      en: 'Lower-case letters, digits and hyphens, e.g. clean-energy; shared by both languages.',
    },
  },
  validate: (value: unknown) =>
    typeof value === 'string' && slugPattern.test(value)
      ? true
      : '网址标识只能包含小写字母、数字和连字符 / The slug may contain only lower-case letters, digits and hyphens',
};
