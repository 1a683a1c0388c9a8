// The portal's full-text search, without I/O: tokenizing Chinese and English, the MiniSearch
// indexes (one per language), ranking and highlighted snippets. src/lib/search.ts fills it from
// the CMS and keeps it fresh.
import MiniSearch, { type SearchResult as MiniSearchResult } from 'minisearch';
import type { Locale } from '../i18n/locales';

/** Queries are cut to this many characters: longer ones are not questions a visitor types. */
export const maxQueryLength = 100;

const han = /\p{Script=Han}/u;
const hanRun = /[\p{Script=Han}\u3005\u3007]+/gu;
const wordSegmenter = new Intl.Segmenter('en', { granularity: 'word' });

/** Lower case, full-width letters and digits folded (ＡＢＣ -> abc), whitespace collapsed. */
export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function bigrams(run: string): string[] {
  const chars = Array.from(run);
  if (chars.length === 1) return chars;
  const grams: string[] = [];
  for (let i = 0; i < chars.length - 1; i += 1) grams.push(chars[i]! + chars[i + 1]!);
  return grams;
}

/**
 * Words for the index and for queries. Chinese is written without spaces, so every run of Han
 * characters becomes its overlapping character pairs (湘潭高新区 -> 湘潭 潭高 高新 新区): a query's
 * pairs all match wherever its characters stand side by side, whatever a word segmenter would
 * have made of the sentence. Everything else is split into words by Intl.Segmenter.
 */
export function tokenize(text: string): string[] {
  const normalized = normalize(text);
  const tokens: string[] = [];
  for (const run of normalized.match(hanRun) ?? []) tokens.push(...bigrams(run));
  for (const segment of wordSegmenter.segment(normalized.replace(hanRun, ' '))) {
    if (segment.isWordLike) tokens.push(segment.segment);
  }
  return tokens;
}

/** Text of an HTML body, for the index and snippets (entities for the common characters decoded). */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface SearchableDocument {
  collection: string;
  id: number | string;
  slug: string;
  locale: Locale;
  title: string;
  summary: string;
  /** Plain text of the body. */
  body: string;
}

export interface SearchHit {
  collection: string;
  slug: string;
  /** The language of the matched text, which is also the language of the page linked. */
  locale: Locale;
  title: string;
  /** HTML: escaped text with the query's words in <mark>. */
  titleHtml: string;
  snippetHtml: string;
  score: number;
}

const fields = ['title', 'summary', 'body'];
// Title matches rank above summary matches, which rank above body matches.
const boost = { title: 4, summary: 2, body: 1 };

function newIndex() {
  return new MiniSearch<SearchableDocument & { key: string }>({
    idField: 'key',
    fields,
    tokenize,
    // Index words are already normalized by tokenize(); queries go through the same function.
    processTerm: (term) => term,
    searchOptions: {
      boost,
      // English words match by prefix ("hydro" finds hydrogen) and, when long, with a typo;
      // Chinese pairs only exactly (a one-character "typo" would be another word).
      prefix: (term) => !han.test(term) && term.length >= 3,
      fuzzy: (term) => (!han.test(term) && term.length >= 5 ? 0.2 : false),
    },
  });
}

/**
 * In-memory indexes of every published document, one per language. Memory: MiniSearch keeps a
 * radix tree of terms with per-document postings plus the documents kept here for snippets; for
 * 500 documents in each language of about 1,500 characters each, the heap grew by about 15 MB
 * and a search took under 0.1 ms (measured once on the development machine; README.md).
 */
export class SearchIndex {
  private readonly indexes = new Map<Locale, ReturnType<typeof newIndex>>();
  private readonly documents = new Map<string, SearchableDocument>();

  constructor(documents: SearchableDocument[]) {
    for (const doc of documents) {
      const key = `${doc.locale}:${doc.collection}:${doc.id}`;
      this.documents.set(key, doc);
      let index = this.indexes.get(doc.locale);
      if (!index) this.indexes.set(doc.locale, (index = newIndex()));
      index.add({ ...doc, key });
    }
  }

  get size(): number {
    return this.documents.size;
  }

  /**
   * Documents matching every word of the query, in either language, best first. A document that
   * matches in both languages is listed once, in the reader's. When no document has every word,
   * documents with some of them are listed.
   */
  search(query: string, readerLocale: Locale): SearchHit[] {
    const q = normalize(query).slice(0, maxQueryLength);
    if (!q || tokenize(q).length === 0) return [];
    let found = this.run(q, 'AND');
    if (found.length === 0) found = this.run(q, 'OR');
    const byDocument = new Map<string, { doc: SearchableDocument; score: number }>();
    for (const { doc, score } of found) {
      const key = `${doc.collection}:${doc.id}`;
      const seen = byDocument.get(key);
      const better = !seen || (doc.locale === readerLocale && seen.doc.locale !== readerLocale) || (seen.doc.locale !== readerLocale && score > seen.score);
      if (better) byDocument.set(key, { doc, score });
    }
    const highlight = highlighter(q);
    // Marked-up title and snippet are made when read: a common word matches thousands of
    // documents, and only the page of results shown needs them.
    return [...byDocument.values()]
      .sort((a, b) => b.score - a.score || a.doc.title.localeCompare(b.doc.title))
      .map(({ doc, score }) => ({
        collection: doc.collection,
        slug: doc.slug,
        locale: doc.locale,
        title: doc.title,
        get titleHtml() {
          return highlight(doc.title);
        },
        get snippetHtml() {
          return highlight(snippet(`${doc.summary} ${doc.body}`.trim(), highlight.pattern));
        },
        score,
      }));
  }

  private run(q: string, combineWith: 'AND' | 'OR'): { doc: SearchableDocument; score: number }[] {
    const results: { doc: SearchableDocument; score: number }[] = [];
    for (const index of this.indexes.values()) {
      for (const result of index.search(q, { combineWith }) as MiniSearchResult[]) {
        const doc = this.documents.get(result.id as string)!;
        results.push({ doc, score: result.score * phraseBoost(q, doc) });
      }
    }
    return results;
  }
}

/** The query as typed, found whole, ranks above its words found apart: most in the title. */
function phraseBoost(q: string, doc: SearchableDocument): number {
  if (normalize(doc.title).includes(q)) return 4;
  if (normalize(doc.summary).includes(q) || normalize(doc.body).includes(q)) return 2;
  return 1;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

type Highlighter = ((text: string) => string) & { pattern: RegExp | undefined };

/**
 * Escapes text and marks what the query matched: the query whole, its Chinese runs and pairs,
 * and English words by their start (as the index matches them).
 */
export function highlighter(query: string): Highlighter {
  const q = normalize(query).slice(0, maxQueryLength);
  const terms = new Set<string>();
  if (q) terms.add(q);
  for (const run of q.match(hanRun) ?? []) {
    terms.add(run);
    for (const gram of bigrams(run)) terms.add(gram);
  }
  for (const segment of wordSegmenter.segment(q.replace(hanRun, ' '))) {
    if (segment.isWordLike) terms.add(segment.segment);
  }
  const sorted = [...terms].filter(Boolean).sort((a, b) => b.length - a.length);
  const pattern = sorted.length
    ? new RegExp(sorted.map((term) => (han.test(term) ? escapeRegExp(term) : `${escapeRegExp(term)}[\\p{L}\\p{N}]*`)).join('|'), 'giu')
    : undefined;
  const highlight = ((text: string) => {
    if (!pattern) return escapeHtml(text);
    let html = '';
    let last = 0;
    for (const match of text.normalize('NFKC').matchAll(pattern)) {
      html += `${escapeHtml(text.normalize('NFKC').slice(last, match.index))}<mark>${escapeHtml(match[0])}</mark>`;
      last = match.index + match[0].length;
    }
    return html + escapeHtml(text.normalize('NFKC').slice(last));
  }) as Highlighter;
  highlight.pattern = pattern;
  return highlight;
}

const snippetLength = 160;

/** About 160 characters of text around the first match (the start of the text when none). */
export function snippet(text: string, pattern: RegExp | undefined): string {
  const normalized = text.normalize('NFKC');
  const chars = Array.from(normalized);
  if (chars.length <= snippetLength) return normalized;
  const match = pattern ? new RegExp(pattern.source, pattern.flags.replace('g', '')).exec(normalized) : null;
  const at = match ? Array.from(normalized.slice(0, match.index)).length : 0;
  const start = Math.max(0, Math.min(at - 40, chars.length - snippetLength));
  const end = Math.min(chars.length, start + snippetLength);
  return `${start > 0 ? '…' : ''}${chars.slice(start, end).join('').trim()}${end < chars.length ? '…' : ''}`;
}
