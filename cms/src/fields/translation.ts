import type { CollectionBeforeChangeHook, Field, PayloadRequest, Where } from 'payload';
import { text, textarea } from 'payload/shared';
import { locales, type Locale } from '#common/locales.ts';
import { bilingual } from '../lib/bilingual';

/**
 * Which languages of a document are complete: stored (not localized) so that lists show it and
 * filter on it, computed on every save from the fields a language needs (its heading and summary).
 */
export const translationStatuses = ['complete', 'zh-only', 'en-only', 'none'] as const;
export type TranslationStatus = (typeof translationStatuses)[number];

const statusLabels: Record<TranslationStatus, { zh: string; en: string }> = {
  complete: { zh: '中英文齐全', en: 'Chinese and English' },
  'zh-only': { zh: '缺英文', en: 'English missing' },
  'en-only': { zh: '缺中文', en: 'Chinese missing' },
  none: { zh: '均不完整', en: 'Both incomplete' },
};

export const translationStatusField: Field = {
  name: 'translationStatus',
  type: 'select',
  index: true,
  label: { zh: '语言完成情况', en: 'Languages complete' },
  options: translationStatuses.map((value) => ({ value, label: statusLabels[value] })),
  admin: {
    position: 'sidebar',
    readOnly: true,
    description: {
      zh: '保存时自动计算：标题和摘要都已填写的语言算作完成。',
      en: 'Computed on save: a language is complete when its heading and summary are filled in.',
    },
    components: { Cell: '/components/TranslationStatusCell#TranslationStatusCell' },
  },
};

/** The list filter "English missing" (also offered as a link above each list). */
export const missingEnglishWhere: Where = { translationStatus: { in: ['zh-only', 'none'] } };

export function statusOf(complete: Record<Locale, boolean>): TranslationStatus {
  if (complete.zh && complete.en) return 'complete';
  if (complete.zh) return 'zh-only';
  if (complete.en) return 'en-only';
  return 'none';
}

const filled = (value: unknown) => typeof value === 'string' && value.trim() !== '';

type Labels = Record<string, { zh: string; en: string }>;

/** The locale a save publishes: the request's, or the one "publish in …" names. */
function publishingLocale(req: PayloadRequest): string | undefined {
  const specific = (req.query as { publishSpecificLocale?: unknown } | undefined)?.publishSpecificLocale;
  return typeof specific === 'string' ? specific : (req.locale ?? undefined);
}

/** Keeps `translationStatus` up to date on every save (autosaves too). */
export function translationHook(collection: string, requiredFields: Labels): CollectionBeforeChangeHook {
  const names = Object.keys(requiredFields);
  return async ({ data, originalDoc, req, operation }) => {
    const locale = req.locale;
    // Each language's values as stored, then this save's values over the saved language. A Local
    // API call given `req` sets req.locale to its own locale: put back the save's own afterwards.
    let stored: Record<string, unknown> = {};
    if (operation === 'update' && originalDoc?.id != null) {
      const fallbackLocale = req.fallbackLocale;
      try {
        stored = await req.payload.findByID({
          collection: collection as never,
          id: originalDoc.id,
          locale: 'all',
          draft: true,
          depth: 0,
          overrideAccess: true,
          req,
        });
      } finally {
        req.locale = locale;
        req.fallbackLocale = fallbackLocale;
      }
    }
    const valueIn = (name: string, l: Locale): unknown => {
      if (locale === 'all')
        return (data[name] as Record<string, unknown> | undefined)?.[l] ?? (stored[name] as Record<string, unknown> | undefined)?.[l];
      if (l === locale && name in data) return data[name];
      return (stored[name] as Record<string, unknown> | undefined)?.[l];
    };
    const complete = Object.fromEntries(locales.map((l) => [l.code, names.every((name) => filled(valueIn(name, l.code)))])) as Record<
      Locale,
      boolean
    >;
    data.translationStatus = statusOf(complete);

    return data;
  };
}

/**
 * A field English needs: publishing while editing English (or "publish in English") is refused
 * while it is empty, with a bilingual error at the field. A field validator, so Payload reports it
 * as its own field error (shown at the field in the admin). Drafts are not validated, so they
 * always save; publishing in Chinese stays possible whatever the English says: the site then
 * shows the document in Chinese, with a "Chinese only" notice on its English page.
 */
export function requiredForEnglish<F extends Field>(field: F, label: { zh: string; en: string }): F {
  const own = (field as { validate?: (value: unknown, args: never) => unknown }).validate;
  const base = own ?? (field.type === 'textarea' ? textarea : text);
  return {
    ...field,
    validate: async (value: unknown, args: { req: PayloadRequest; data?: { _status?: string } }) => {
      const result = await (base as (value: unknown, args: unknown) => unknown)(value, args);
      if (result !== true) return result;
      if (args.data?._status === 'published' && publishingLocale(args.req) === 'en' && !filled(value)) {
        return bilingual(
          `以英文发布前须填写英文“${label.zh}”`,
          `Fill in the English ${label.en.toLowerCase()} before publishing in English`,
        );
      }
      return true;
    },
  } as F;
}
