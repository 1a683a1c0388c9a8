import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Payload } from 'payload';
import { locales, type Locale } from '#common/locales.ts';

type Data = Record<string, unknown>;
type RichText = (markdown: string | undefined) => unknown;

/**
 * A correction of seed content that must reach databases seeded before it. It names a seeded
 * document (by slug) or global, and for each top-level field it corrects, the fingerprint of
 * the text that field was seeded with (in every language). A run sets such a field to what
 * `content/` says now only while it still holds that seeded text: a field an editor has
 * changed, and every field the correction does not name, stay as they are.
 */
export interface Correction {
  /** Why, in a few words, for the start-up log and for whoever reads this list. */
  reason: string;
  target: { collection: 'pages'; slug: string; file: string } | { global: 'location' | 'site'; file: string };
  was: Record<string, string>;
}

export const corrections: Correction[] = [
  {
    reason: 'issue 18: the privacy notice lists what the form collects from its fields and says what the bureau must still supply',
    target: { collection: 'pages', slug: 'privacy', file: 'pages/privacy.json' },
    was: { body: 'b214619fc1fd2980' },
  },
  {
    reason: 'issue 18: the location page states each fact once (no cards repeated as paragraphs) and names its travel-time gaps',
    target: { global: 'location', file: 'location.json' },
    was: { summary: 'f6ae71737ec2d8cd', body: 'bf47e7534a92b17c', advantages: '5eff2505a0382b24', connections: '38f9e56045eb95f3' },
  },
  {
    reason: 'issue 18: the English positioning sentence leaves out the slogan 两优三特一融, which the article does not explain',
    target: { global: 'site', file: 'site.json' },
    was: { positioning: '820324ce1fb2b541' },
  },
];

/** A field's text without formatting or row ids: what an editor would see as "changed". */
function plain(value: unknown): unknown {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(plain);
  const node = value as Data;
  if (node.root) return plain(node.root);
  if (Array.isArray(node.children)) return (node.children as unknown[]).map(plain).join(node.type === 'root' ? '\n' : '');
  if (typeof node.text === 'string') return node.text;
  return Object.fromEntries(
    Object.keys(node)
      .filter((key) => key !== 'id')
      .sort()
      .map((key) => [key, plain(node[key])]),
  );
}

/** The fingerprint of a field's value in every language, in the locales' order. */
export function fingerprint(valueByLocale: Partial<Record<Locale, unknown>>): string {
  const texts = locales.map(({ code }) => plain(valueByLocale[code]));
  return createHash('sha256').update(JSON.stringify(texts)).digest('hex').slice(0, 16);
}

/** A content file's field in one language, shaped as the seed writes it (see content.ts). */
function seededValue(value: unknown, field: string, locale: Locale, richText: RichText): unknown {
  const text = (v: unknown) => ((v as Record<Locale, string> | null | undefined)?.[locale] || null) as string | null;
  if (field === 'body') return richText(text(value) ?? '');
  if (Array.isArray(value)) {
    return value.map((row: Data) =>
      Object.fromEntries(
        Object.entries(row)
          .filter(([key]) => key !== 'key')
          .map(([key, v]) => [key, v !== null && typeof v === 'object' ? text(v) : v]),
      ),
    );
  }
  return value !== null && typeof value === 'object' ? text(value) : value;
}

export interface CorrectionReport {
  applied: string[];
  /** Fields left alone because an editor changed them (or a draft is pending). */
  keptEditorsText: string[];
}

/**
 * Applies each correction whose fields still hold their seeded text. Runs on every start, after
 * the seed; a second run finds the new text and changes nothing.
 */
export async function applyFingerprintCorrections(
  payload: Payload,
  contentDir: string,
  context: Data,
  richText: RichText,
): Promise<CorrectionReport> {
  const report: CorrectionReport = { applied: [], keptEditorsText: [] };
  for (const correction of corrections) {
    const file = path.join(contentDir, correction.target.file);
    if (!fs.existsSync(file)) continue;
    const content = JSON.parse(fs.readFileSync(file, 'utf8')) as Data;
    const target = correction.target;
    const read = async (locale: Locale): Promise<Data | undefined> => {
      if ('global' in target)
        return (await payload.findGlobal({
          slug: target.global,
          locale,
          fallbackLocale: false,
          overrideAccess: true,
          depth: 0,
        })) as unknown as Data;
      const found = await payload.find({
        collection: target.collection,
        where: { slug: { equals: target.slug } },
        locale,
        fallbackLocale: false,
        draft: true,
        limit: 1,
        depth: 0,
        overrideAccess: true,
      });
      return found.docs[0] as unknown as Data | undefined;
    };
    const current = Object.fromEntries(await Promise.all(locales.map(async ({ code }) => [code, await read(code)] as const))) as Record<
      Locale,
      Data | undefined
    >;
    const first = current[locales[0]!.code];
    if (!first) continue;
    const name = 'global' in target ? target.global : `${target.collection}/${target.slug}`;
    // An editor's unpublished draft would be published by this update: leave the document to them.
    if (first._status === 'draft' && 'collection' in target) {
      report.keptEditorsText.push(`${name} (draft pending)`);
      continue;
    }
    const printOf = (valueOf: (locale: Locale) => unknown) =>
      fingerprint(Object.fromEntries(locales.map(({ code }) => [code, valueOf(code)])));
    const fields = Object.keys(correction.was).filter((field) => {
      const now = printOf((locale) => current[locale]?.[field]);
      if (now === correction.was[field]) return true;
      // Neither the seeded text nor the corrected one: an editor's text, which stays.
      if (now !== printOf((locale) => seededValue(content[field], field, locale, richText)))
        report.keptEditorsText.push(`${name}.${field}`);
      return false;
    });
    if (fields.length === 0) continue;
    // Array rows carry text in both languages: the later languages name the rows the first one
    // wrote (by id), or Payload would replace them and drop the first language's text.
    let rowIds: Record<string, string[]> = {};
    for (const { code: locale } of locales) {
      const data: Data = {};
      for (const field of fields) {
        const value = seededValue(content[field], field, locale, richText);
        data[field] = Array.isArray(value)
          ? value.map((row: Data, index) => ({ ...(rowIds[field]?.[index] ? { id: rowIds[field]![index] } : {}), ...row }))
          : value;
      }
      const saved = ('global' in target
        ? await payload.updateGlobal({ slug: target.global, locale, context, overrideAccess: true, data: data as never })
        : await payload.update({
            collection: target.collection,
            id: first.id as number | string,
            locale,
            context,
            overrideAccess: true,
            data: data as never,
          })) as unknown as Data;
      rowIds = Object.fromEntries(
        fields
          .filter((field) => Array.isArray(saved[field]))
          .map((field) => [field, (saved[field] as Data[]).map((row) => String(row.id))]),
      );
    }
    report.applied.push(...fields.map((field) => `${name}.${field}`));
  }
  return report;
}
