// The portal's full-text search, without I/O: tokenizing Chinese and English, the terms a query
// sends to the database, ranking a bounded set of candidates, and highlighted snippets. The CMS
// keeps one row per published document in Payload's search collection (cms/src/search/) and its
// `GET /api/site-search` endpoint finds candidates with `contains` conditions on those rows and
// ranks them here; the site (src/lib/search.ts) highlights what the CMS answers.
import { escapeHtml } from './html.ts';
import type { Locale } from './locales.ts';

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
  /** Plain text of the body (in the search collection: its first `excerptLength` characters). */
  body: string;
}

/** A ranked result as the CMS sends it: plain text, highlighted by the site. */
export interface RankedHit {
  collection: string;
  slug: string;
  /** The language of the matched text, which is also the language of the page linked. */
  locale: Locale;
  title: string;
  /** About 160 characters of summary and body around the first match, plain text. */
  snippet: string;
  score: number;
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

/** How much of a body the search collection keeps (characters): enough for matches and snippets, bounded per document. */
export const excerptLength = 1500;

/** At most this many distinct terms of a query become database conditions. */
export const maxQueryTerms = 8;

/**
 * What the database matches a query with: its tokens (Chinese character pairs, English words),
 * distinct, longest first, at most `maxQueryTerms`. Each becomes a `contains` condition on the
 * normalized text, so an English word also matches as a prefix ("hydro" finds hydrogen) and a
 * Chinese query's pairs match wherever its characters stand side by side.
 */
export function queryTerms(query: string): string[] {
  const q = normalize(query).slice(0, maxQueryLength);
  return [...new Set(tokenize(q))].slice(0, maxQueryTerms);
}

/** The normalized text the database matches terms against: title, summary and body excerpt. */
export function matchText(doc: Pick<SearchableDocument, 'title' | 'summary' | 'body'>): string {
  return normalize(`${doc.title}\n${doc.summary}\n${doc.body}`);
}

interface LexicalNode {
  type?: string;
  text?: string;
  children?: LexicalNode[];
}

const blockTypes = new Set(['paragraph', 'heading', 'quote', 'listitem', 'list', 'table', 'tablerow', 'tablecell']);

/** Plain text of a Lexical body, blocks separated by a space, cut at `max` characters. */
export function lexicalText(body: unknown, max = excerptLength): string {
  const root = (body as { root?: LexicalNode } | null | undefined)?.root;
  if (!root) return '';
  let text = '';
  const walk = (node: LexicalNode) => {
    if (text.length >= max * 2) return;
    if (typeof node.text === 'string') text += node.text;
    if (node.type === 'linebreak') text += ' ';
    for (const child of node.children ?? []) walk(child);
    if (node.type && blockTypes.has(node.type)) text += ' ';
  };
  walk(root);
  return Array.from(text.replace(/\s+/g, ' ').trim()).slice(0, max).join('');
}

/** What the search collection keeps of a document in one language (cms/src/search/fields.ts). */
export function searchText(
  title: string,
  summary: string,
  lexicalBody: unknown,
): { title: string; summary: string; excerpt: string; text: string } {
  const excerpt = lexicalText(lexicalBody);
  return { title, summary, excerpt, text: matchText({ title, summary, body: excerpt }) };
}

// Title matches rank above summary matches, which rank above body matches.
const boost = { title: 4, summary: 2, body: 1 };

/**
 * A candidate's score for a query: each term counts by the best field it is found in (title 4,
 * summary 2, body 1), shorter fields a little more (a word in a 20-character title says more than
 * in a 1,500-character body), and the whole query found as typed multiplies the score: most in
 * the title (the phrase ranks above its words found apart).
 */
export function scoreDocument(query: string, doc: Pick<SearchableDocument, 'title' | 'summary' | 'body'>): number {
  const q = normalize(query).slice(0, maxQueryLength);
  const terms = queryTerms(q);
  if (terms.length === 0) return 0;
  const fields = { title: normalize(doc.title), summary: normalize(doc.summary), body: normalize(doc.body) };
  let score = 0;
  for (const term of terms) {
    let best = 0;
    for (const name of ['title', 'summary', 'body'] as const) {
      const text = fields[name];
      if (!text.includes(term)) continue;
      const lengthFactor = 1 + 1 / Math.log2(2 + Array.from(text).length / 20);
      best = Math.max(best, boost[name] * lengthFactor);
    }
    score += best;
  }
  return score * phraseBoost(q, fields);
}

function phraseBoost(q: string, fields: { title: string; summary: string; body: string }): number {
  if (fields.title.includes(q)) return 4;
  if (fields.summary.includes(q) || fields.body.includes(q)) return 2;
  return 1;
}

/**
 * Ranks candidates (what the database found for the query, in either language), best first. A
 * document found in both languages is listed once, in the reader's. Candidates not containing
 * every term are kept only when no candidate contains them all (the "some of the words" answer).
 */
export function rankCandidates(query: string, candidates: SearchableDocument[], readerLocale: Locale): RankedHit[] {
  const q = normalize(query).slice(0, maxQueryLength);
  const terms = queryTerms(q);
  if (terms.length === 0) return [];
  const containsAll = (doc: SearchableDocument) => {
    const text = matchText(doc);
    return terms.every((term) => text.includes(term));
  };
  const all = candidates.filter(containsAll);
  const found = all.length > 0 ? all : candidates.filter((doc) => terms.some((term) => matchText(doc).includes(term)));
  const byDocument = new Map<string, { doc: SearchableDocument; score: number }>();
  for (const doc of found) {
    const score = scoreDocument(q, doc);
    const key = `${doc.collection}:${doc.id}`;
    const seen = byDocument.get(key);
    const better =
      !seen ||
      (doc.locale === readerLocale && seen.doc.locale !== readerLocale) ||
      (seen.doc.locale !== readerLocale && score > seen.score);
    if (better) byDocument.set(key, { doc, score });
  }
  const pattern = highlighter(q).pattern;
  return [...byDocument.values()]
    .sort((a, b) => b.score - a.score || a.doc.title.localeCompare(b.doc.title))
    .map(({ doc, score }) => ({
      collection: doc.collection,
      slug: doc.slug,
      locale: doc.locale,
      title: doc.title,
      snippet: snippet(`${doc.summary} ${doc.body}`.trim(), pattern),
      score,
    }));
}

/** Marks up ranked hits for the page: the query's words in <mark>, everything else escaped. */
export function highlightHits(query: string, hits: RankedHit[]): SearchHit[] {
  const highlight = highlighter(query);
  return hits.map((hit) => ({
    collection: hit.collection,
    slug: hit.slug,
    locale: hit.locale,
    title: hit.title,
    titleHtml: highlight(hit.title),
    snippetHtml: highlight(hit.snippet),
    score: hit.score,
  }));
}

/**
 * The whole search over documents held in memory: what the CMS endpoint does with the database's
 * candidates, for tests and small sets. Documents must contain a term to be candidates.
 */
export function searchDocuments(query: string, docs: SearchableDocument[], readerLocale: Locale): SearchHit[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const candidates = docs.filter((doc) => terms.some((term) => matchText(doc).includes(term)));
  return highlightHits(query, rankCandidates(query, candidates, readerLocale));
}

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
