// What lists show of a document: read in every language at once, shown in the reader's when it
// has text there, otherwise in the language it has, marked.
import type { Locale } from '#common/locales.ts';

/** What a list shows of a document, in the reader's language when it has one. */
export interface Summary {
  id: number | string;
  slug: string;
  title: string;
  summary?: string;
  /** The language `title` and `summary` are in: the reader's, or the other one when untranslated. */
  textLocale: Locale;
  translated: boolean;
  publishedAt?: string;
  updatedAt?: string;
  /** The language-independent fields the list asked for (dates, stage, relationship ids...). */
  fields: Record<string, unknown>;
}

/** A localized field read with `locale=all`: its text in each language that has one. */
export type AllLocales<T> = Partial<Record<Locale, T | null>>;
/**
 * A document read with `locale=all`. The generated types describe a document in one language,
 * so these reads are typed by what every public collection has in common.
 */
export type AnyLocaleDoc = { id: number | string; slug: string; updatedAt?: string; publishedAt?: string } & Record<string, unknown>;

/** The languages a localized field has text in. */
export const localesWithText = (value: AllLocales<string> | undefined): Locale[] =>
  (Object.keys(value ?? {}) as Locale[]).filter((l) => value?.[l]);

export function summarize(doc: AnyLocaleDoc, titleField: string, locale: Locale, fields: readonly string[]): Summary {
  const title = doc[titleField] as AllLocales<string> | undefined;
  const summary = doc.summary as AllLocales<string> | undefined;
  const translated = Boolean(title?.[locale]);
  const textLocale = translated ? locale : (localesWithText(title)[0] ?? locale);
  return {
    id: doc.id,
    slug: doc.slug,
    title: title?.[textLocale] ?? doc.slug,
    summary: summary?.[textLocale] ?? undefined,
    textLocale,
    translated,
    publishedAt: doc.publishedAt,
    updatedAt: doc.updatedAt,
    fields: Object.fromEntries(fields.map((name) => [name, doc[name] ?? null])),
  };
}
