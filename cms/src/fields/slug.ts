import {
  slugField as payloadSlugField,
  type CheckboxField,
  type FieldHook,
  type PayloadRequest,
  type RowField,
  type TextField,
} from 'payload';
import { hasRole } from '../access/roles';
import { slugify } from './slugify';

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const slugRequiredMessage = '请填写网址标识 / The URL slug is required';
export const slugFormatMessage =
  '网址标识只能包含小写字母、数字和连字符 / The slug may contain only lower-case letters, digits and hyphens';

/** Empty and malformed are different mistakes, so each gets its own message. */
export const validateSlug = (value: unknown): true | string => {
  if (value === null || value === undefined || value === '') return slugRequiredMessage;
  return typeof value === 'string' && slugPattern.test(value) ? true : slugFormatMessage;
};

/** Where the slug hook leaves the other language's saved title for the suggestion. */
const otherTitleKey = 'slugOtherLanguageTitle';

/**
 * The title in `locale` as last saved (the latest draft), or '' when there is none. Read in the
 * save's own request (its transaction), whose locale and context the Local API replaces: the
 * save's own are put back.
 */
async function savedTitle(
  req: PayloadRequest,
  collection: string,
  id: number | string,
  useAsSlug: string,
  locale: 'en' | 'zh',
): Promise<string> {
  const { locale: saving, fallbackLocale, context } = req;
  try {
    const found = await req.payload.findByID({
      collection: collection as 'news',
      id,
      locale,
      fallbackLocale: false,
      draft: true,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    });
    const title = (found as Record<string, unknown> | null)?.[useAsSlug];
    return typeof title === 'string' ? title.trim() : '';
  } catch {
    return '';
  } finally {
    Object.assign(req, { locale: saving, fallbackLocale, context });
  }
}

/**
 * The suggestion: from the English title, or from the Chinese one (as pinyin) while there is no
 * English yet. The slug is shared by both languages, so a save in Chinese still prefers the
 * English title already written, and a save in English with the English title empty falls back
 * to the Chinese one. Synchronous, because Payload's slug hook does not await its `slugify`; the
 * hook below reads the other language's title first.
 */
function suggestSlug(req: PayloadRequest, current: unknown): string {
  const own = typeof current === 'string' ? current.trim() : '';
  const other = typeof req.context[otherTitleKey] === 'string' ? (req.context[otherTitleKey] as string) : '';
  return slugify(req.locale === 'en' ? own || other : other || own);
}

/**
 * The document's URL key, shared by both languages so that the language switch leads to the
 * same document (`/zh/news/x` <-> `/en/news/x`).
 *
 * Payload's own slug field: while the document is unpublished and the editor has not typed a
 * slug of their own, each save (autosaves too) suggests one from `useAsSlug`; publishing fixes
 * it, so a live URL never changes behind the editor's back. The editor unlocks the field to type
 * their own, which is then never replaced. Its hidden `generateSlug` checkbox remembers whether
 * the slug still follows the title.
 */
export const slugField = (useAsSlug = 'title'): RowField =>
  payloadSlugField({
    useAsSlug,
    // On create Payload passes the editor's own slug when there is one, else the title. No
    // suggestion is stored as no slug (NULL), not '': the unique index allows many NULLs but one ''.
    slugify: ({ req, valueToSlugify }) => suggestSlug(req, valueToSlugify) || undefined,
    overrides: (row) => {
      const [checkbox, slug] = row.fields as [CheckboxField, TextField];
      const generate = checkbox.hooks!.beforeChange![0]!;
      const withOtherLanguage: FieldHook = async (args) => {
        const { collection, originalDoc, req, data, operation, value: follows } = args;
        const otherLocale = req.locale === 'en' ? 'zh' : 'en';
        const otherTitle =
          collection && originalDoc?.id !== undefined && follows
            ? await savedTitle(req, collection.slug, originalDoc.id, useAsSlug, otherLocale)
            : '';
        req.context[otherTitleKey] = otherTitle;
        const editorsOwn = data?.slug !== originalDoc?.slug;
        const keepsFollowing = await generate(args);
        // Payload empties the slug when this language's title is empty (an English save before the
        // English title is written); the other language's title still gives one.
        if (data && operation === 'update' && follows && !editorsOwn && !data.slug) {
          data.slug = suggestSlug(req, '') || null;
        }
        // A cleared slug is stored as none (NULL): the unique index allows one '' only.
        if (data && data.slug === '') data.slug = null;
        return keepsFollowing;
      };
      return {
        ...row,
        fields: [
          {
            ...checkbox,
            label: { zh: '网址标识跟随标题', en: 'Slug follows the title' },
            // An editing aid: for those who edit, not for the site or the public API.
            access: { read: ({ req }) => hasRole(req, 'admin', 'editor') },
            admin: {
              ...checkbox.admin,
              description: {
                zh: '勾选时，发布前每次保存都按标题生成网址标识。',
                en: 'While checked, every save before publishing suggests the slug from the title.',
              },
            },
            hooks: { ...checkbox.hooks, beforeChange: [withOtherLanguage] },
          },
          {
            ...slug,
            label: { zh: '网址标识', en: 'URL slug' },
            admin: {
              ...slug.admin,
              components: {
                Field: {
                  path: '/components/SlugFieldWithDescription#SlugFieldWithDescription',
                  clientProps: { useAsSlug },
                },
              },
              description: {
                zh: '按标题自动生成（中文标题转为拼音），点“解锁”可自行修改。小写英文字母、数字和连字符，例如 clean-energy；中英文页面共用。',
                en: 'Suggested from the title (pinyin for a Chinese title); click “Unlock” to write your own. Lower-case letters, digits and hyphens, e.g. clean-energy; shared by both languages.',
              },
            },
            validate: validateSlug,
          },
        ],
      };
    },
  });
