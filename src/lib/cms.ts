// The site's one door to the CMS: every read and the inquiry write go through here.
import { CMS_URL, SITE_API_KEY } from 'astro:env/server';
import type {
  Document,
  Figure,
  Industry,
  Inquiry,
  Location,
  Media,
  News,
  NewsCategory,
  Office,
  Page as CmsPage,
  Park,
  Policy,
  Project,
  Site,
  Story,
} from '../../cms/src/payload-types';
import type { Locale } from '#common/locales.ts';
import type { InquiryData } from './inquirySchema';
import { submitWithOneResend } from './inquirySubmission';
import { titleFields, type DocumentCollection } from '#common/publicCollections.ts';
import type { RankedHit } from '#common/searchIndex.ts';

export type { CmsPage, Document, Figure, Industry, Location, Media, News, NewsCategory, Office, Park, Policy, Project, Site, Story };

export class CmsUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CmsUnavailableError';
  }
}

/** The CMS refused a write; `fields` maps field names to its (bilingual) messages. */
export class CmsRejectedError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'CmsRejectedError';
  }
}

export interface Page<T> {
  docs: T[];
  page: number;
  totalPages: number;
  totalDocs: number;
}

// In development the CMS compiles each route on its first request, which can take many seconds.
// In production a read may wait behind others when the machine is busy: the clock starts when the
// request is sent (after the queue below), and a busy CMS gets 15 s before a page says it failed.
const timeoutMs = import.meta.env.DEV ? 60_000 : 15_000;
// Storing an inquiry may wait behind many others (one SQLite writer); giving up early would tell a
// prospect "nothing was sent" about an inquiry the CMS then stores. Reads stay quick to fail.
const writeTimeoutMs = 60_000;

/**
 * At most CMS_MAX_CONCURRENCY (8) requests to the CMS at once from this process; the others
 * queue here. Without the queue, under load the site opens a request per page part for every
 * client at once (50 clients: hundreds), each holding its parsed answer, while the CMS, on the
 * same cores, answers them all late and the pages fail on their timeout (bench/README.md, scale).
 * Searches have their own two places: a search scans the search collection and takes far longer
 * than a page read, and searches sharing the eight would hold them while every page waited.
 */
function limiter(max: number): () => Promise<() => void> {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async () => {
    if (active >= max) await new Promise<void>((resolve) => waiting.push(resolve));
    else active += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const nextInLine = waiting.shift();
      if (nextInLine) nextInLine();
      else active -= 1;
    };
  };
}
const pageReads = limiter(Math.max(1, Number(process.env.CMS_MAX_CONCURRENCY) || 8));
const searches = limiter(2);

async function request<T>(path: string, params: Record<string, string | number>, init: RequestInit = {}, timeout = timeoutMs): Promise<{ status: number; body: T }> {
  const url = new URL(`/api/${path}`, CMS_URL);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, String(value));
  const release = await (path === 'site-search' ? searches : pageReads)();
  try {
    let response: Response;
    try {
      response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeout) });
    } catch (error) {
      throw new CmsUnavailableError(`CMS not reachable at ${url.origin}`, { cause: error });
    }
    if (response.status >= 500) {
      await response.body?.cancel().catch(() => {});
      throw new CmsUnavailableError(`CMS answered ${response.status} for ${url.pathname}`);
    }
    const body = (await response.json().catch(() => null)) as T;
    return { status: response.status, body };
  } finally {
    release();
  }
}

/** Reads in one language without Payload's fallback, so missing translations are visible. */
const localeParams = (locale: Locale) => ({ locale, 'fallback-locale': 'none' });

async function read<T>(path: string, params: Record<string, string | number>): Promise<T> {
  const { status, body } = await request<T>(path, params, { headers: { accept: 'application/json' } });
  if (status !== 200) throw new CmsUnavailableError(`CMS answered ${status} for ${path}`);
  return body;
}

export function getSite(locale: Locale): Promise<Site> {
  return read<Site>('globals/site', { ...localeParams(locale), depth: 0 });
}

export { titleFields, type DocumentCollection };

export interface DocumentTypes {
  industries: Industry;
  parks: Park;
  projects: Project;
  policies: Policy;
  news: News;
  stories: Story;
  offices: Office;
  pages: CmsPage;
}

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

type AllLocales<T> = Partial<Record<Locale, T | null>>;
type AnyLocaleDoc = { id: number | string; slug: string; updatedAt?: string; publishedAt?: string } & Record<string, unknown>;

function summarize(doc: AnyLocaleDoc, titleField: string, locale: Locale, fields: readonly string[]): Summary {
  const title = doc[titleField] as AllLocales<string> | undefined;
  const summary = doc.summary as AllLocales<string> | undefined;
  const translated = Boolean(title?.[locale]);
  const textLocale = translated ? locale : (Object.keys(title ?? {}) as Locale[]).find((l) => title?.[l]) ?? locale;
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

export interface ListQuery {
  /** Payload REST `where` clauses, e.g. `{ 'where[stage][equals]': 'signed' }`. */
  where?: Record<string, string>;
  sort?: string;
  page?: number;
  limit?: number;
  /** Language-independent fields to return in `Summary.fields`. */
  fields?: readonly string[];
}

/**
 * A page of published documents for a list. Lists read every language at once (`locale=all`),
 * so a document not yet translated is listed under its own language's title and marked, instead
 * of disappearing or showing a blank.
 */
export async function listDocuments(collection: DocumentCollection, locale: Locale, query: ListQuery = {}): Promise<Page<Summary>> {
  const titleField = titleFields[collection];
  const fields = query.fields ?? [];
  const select: Record<string, string> = {};
  for (const name of [titleField, 'slug', 'summary', 'updatedAt', ...(collection === 'news' ? ['publishedAt'] : []), ...fields]) {
    select[`select[${name}]`] = 'true';
  }
  const page = await read<Page<AnyLocaleDoc>>(collection, {
    locale: 'all',
    'where[_status][equals]': 'published',
    ...query.where,
    sort: query.sort ?? defaultSorts[collection],
    limit: query.limit ?? 100,
    page: query.page ?? 1,
    depth: 0,
    ...select,
  });
  return { ...page, docs: page.docs.map((doc) => summarize(doc, titleField, locale, fields)) };
}

const defaultSorts: Record<DocumentCollection, string> = {
  industries: 'order',
  parks: 'order',
  projects: 'order',
  policies: '-effectiveFrom',
  news: '-publishedAt',
  stories: 'order',
  offices: 'order',
  pages: 'order',
};

export async function listParks(locale: Locale): Promise<Summary[]> {
  return (await listDocuments('parks', locale)).docs;
}

export async function listNews(locale: Locale, pageNumber: number, pageSize: number): Promise<Page<Summary>> {
  return listDocuments('news', locale, { page: pageNumber, limit: pageSize });
}

/** One published document by its slug, in one language (fields are null where untranslated). */
export async function findDocument<C extends DocumentCollection>(collection: C, slug: string, locale: Locale): Promise<DocumentTypes[C] | undefined> {
  const page = await read<Page<DocumentTypes[C]>>(collection, {
    ...localeParams(locale),
    'where[_status][equals]': 'published',
    'where[slug][equals]': slug,
    limit: 1,
    depth: 1,
  });
  return page.docs[0];
}

/**
 * Published documents with these ids (a document's related items), in the collection's display
 * order; none when there are no ids.
 */
export async function listByIds(collection: DocumentCollection, locale: Locale, ids: readonly (number | string)[], query: ListQuery = {}): Promise<Summary[]> {
  if (ids.length === 0) return [];
  return (await listDocuments(collection, locale, { ...query, where: { ...query.where, 'where[id][in]': ids.join(',') } })).docs;
}

export const findParkBySlug = (slug: string, locale: Locale) => findDocument('parks', slug, locale);
export const findNewsBySlug = (slug: string, locale: Locale) => findDocument('news', slug, locale);

export function getLocation(locale: Locale): Promise<Location> {
  return read<Location>('globals/location', { ...localeParams(locale), depth: 1 });
}

/** The zone's figures in one language, in display order; `featured` ones are the home page's. */
export async function listFigures(locale: Locale, options: { featured?: boolean; series?: string } = {}): Promise<Figure[]> {
  const where: Record<string, string> = {};
  if (options.featured) where['where[featured][equals]'] = 'true';
  if (options.series) where['where[series][equals]'] = options.series;
  const page = await read<Page<Figure>>('figures', { ...localeParams(locale), ...where, sort: 'order', limit: 100, depth: 0 });
  return page.docs;
}

/** Every news category, in one language, in display order. */
export async function listNewsCategories(locale: Locale): Promise<NewsCategory[]> {
  const page = await read<Page<NewsCategory>>('news-categories', { ...localeParams(locale), sort: 'order', limit: 100, depth: 0 });
  return page.docs;
}

/** An inquiry as the site sends it: the form's fields, the park as its slug. */
export type NewInquiry = InquiryData;

const serviceHeaders = () => {
  if (!SITE_API_KEY) throw new CmsUnavailableError('SITE_API_KEY is not set; the site cannot store or look up inquiries');
  return {
    'content-type': 'application/json',
    accept: 'application/json',
    'accept-language': 'en',
    authorization: `users API-Key ${SITE_API_KEY}`,
  };
};

/**
 * Stores an inquiry as the site's service user and returns its reference number. Resolves only
 * after the CMS has stored it (or, for a form sent again with the same idempotency key, with
 * the reference of the inquiry it stored the first time).
 */
export async function createInquiry(inquiry: NewInquiry): Promise<{ reference: string }> {
  type Answer = { reference?: string; errors?: { data?: { errors?: { path: string; message: string }[] } }[] };
  let answer: { status: number; body: Answer } | undefined;
  const outcome = await submitWithOneResend(async () => {
    try {
      answer = await request<Answer>('inquiries/submit', {}, { method: 'POST', headers: serviceHeaders(), body: JSON.stringify(inquiry) }, writeTimeoutMs);
    } catch (error) {
      return { kind: 'unknown', error };
    }
    return (answer.status === 201 || answer.status === 200) && answer.body?.reference
      ? { kind: 'stored', reference: answer.body.reference }
      : { kind: 'answered', status: answer.status };
  }, Boolean(inquiry.idempotencyKey));
  if (outcome.kind === 'stored') return { reference: outcome.reference };
  if (outcome.kind === 'unknown') throw outcome.error;
  const fields: Record<string, string> = {};
  for (const error of answer?.body?.errors ?? []) for (const field of error.data?.errors ?? []) fields[field.path] = field.message;
  throw new CmsRejectedError(`CMS refused the inquiry (${outcome.status})`, outcome.status, fields);
}

async function documentExists(filename: string): Promise<boolean> {
  const page = await read<Page<unknown>>('documents', { 'where[filename][equals]': filename, limit: 1, depth: 0 });
  return page.totalDocs > 0;
}

/** Uploaded PDF names as Payload stores them. */
const documentFileName = /^[\w.-]+\.pdf$/i;

/** A policy's PDF attachment, fetched from the CMS for the site's `/documents/` route. */
export async function documentFile(filename: string, ifNoneMatch: string | null): Promise<Response | undefined> {
  if (!documentFileName.test(filename) || filename.startsWith('.')) return undefined;
  return uploadFile('documents', filename, ifNoneMatch, documentExists);
}

async function uploadFile(collection: 'media' | 'documents', filename: string, ifNoneMatch: string | null, exists: (filename: string) => Promise<boolean>): Promise<Response | undefined> {
  let response: Response;
  try {
    response = await fetch(new URL(`/api/${collection}/file/${encodeURIComponent(filename)}`, CMS_URL), {
      headers: ifNoneMatch ? { 'if-none-match': ifNoneMatch } : {},
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    throw new CmsUnavailableError(`CMS not reachable for ${collection} ${filename}`, { cause: error });
  }
  if (response.status === 404 || response.status === 403) return undefined;
  // Payload answers 500, not 404, for a file it does not have; ask whether any upload has that
  // name before calling it a failure.
  if (response.status >= 500 && !(await exists(filename))) return undefined;
  if (response.status >= 500) throw new CmsUnavailableError(`CMS answered ${response.status} for ${collection} ${filename}`);
  return response;
}

export interface TrackedInquiry {
  reference: string;
  stage: Inquiry['stage'];
  officerName: string | null;
  receivedAt: string;
}

/** What a prospect may see of their inquiry, or undefined when reference and email do not match. */
export async function trackInquiry(reference: string, email: string): Promise<TrackedInquiry | undefined> {
  const { status, body } = await request<TrackedInquiry & { found: boolean }>(
    'inquiries/track',
    {},
    { method: 'POST', headers: serviceHeaders(), body: JSON.stringify({ reference, email }) },
  );
  if (status === 200 && body?.found) return { reference: body.reference, stage: body.stage, officerName: body.officerName, receivedAt: body.receivedAt };
  if (status === 404) return undefined;
  throw new CmsUnavailableError(`CMS answered ${status} for inquiries/track`);
}

async function mediaExists(filename: string): Promise<boolean> {
  const where: Record<string, string> = { 'where[or][0][filename][equals]': filename };
  ['thumbnail', 'card', 'hero'].forEach((size, i) => (where[`where[or][${i + 1}][sizes.${size}.filename][equals]`] = filename));
  const page = await read<Page<unknown>>('media', { ...where, limit: 1, depth: 0 });
  return page.totalDocs > 0;
}

/** Uploaded file names as Payload stores them (it also writes the sharp sizes this way). */
const mediaFileName = /^[\w.-]+\.(?:webp|avif|png|jpe?g)$/i;

/**
 * An uploaded image, fetched from the CMS for the site's `/media/` route: the CMS need not be
 * reachable from the internet, so its files are served through the site.
 */
export async function mediaFile(filename: string, ifNoneMatch: string | null): Promise<Response | undefined> {
  if (!mediaFileName.test(filename) || filename.startsWith('.')) return undefined;
  return uploadFile('media', filename, ifNoneMatch, mediaExists);
}

// ---------------------------------------------------------------------------------------------
// Whole-collection reads for search, the sitemap and the feeds. Kept apart from the
// page reads above: these walk every published document, page by page, instead of one list page.
// ---------------------------------------------------------------------------------------------

/** The collections whose documents have a public page: what search (cms/src/search/fields.ts) and the sitemap cover. */
export const documentCollections = Object.keys(titleFields) as DocumentCollection[];

/**
 * Published documents matching a search, ranked by the CMS (`GET /api/site-search`, which queries
 * Payload's search collection through the database; cms/src/search/): plain text, at most 100
 * (`more` when the CMS found more candidates than it ranked).
 */
export async function searchDocuments(query: string, locale: Locale): Promise<{ hits: RankedHit[]; more: boolean }> {
  const body = await read<{ hits: RankedHit[]; more: boolean }>('site-search', { q: query, locale });
  return { hits: Array.isArray(body?.hits) ? body.hits : [], more: Boolean(body?.more) };
}

/** A published document for the sitemap: the languages it has text in, and when it last changed. */
export interface DocumentLanguages {
  id: number | string;
  slug: string;
  locales: Locale[];
  updatedAt?: string;
}

/** How many sitemap entries a page of listDocumentLanguages() returns at most. */
export const documentLanguagesPageSize = 1000;

/** The number of published documents of a collection (one count query; no document is read). */
export async function countDocuments(collection: DocumentCollection): Promise<number> {
  const result = await read<Page<unknown>>(collection, { 'where[_status][equals]': 'published', limit: 1, depth: 0, 'select[slug]': 'true' });
  return result.totalDocs;
}

/**
 * One page (by id, of `documentLanguagesPageSize`) of a collection's published documents for the
 * sitemap: only the title in each language, the slug and the date are read, never the body.
 */
export async function listDocumentLanguages(collection: DocumentCollection, page: number): Promise<DocumentLanguages[]> {
  const titleField = titleFields[collection];
  const result = await read<Page<AnyLocaleDoc>>(collection, {
    locale: 'all',
    'where[_status][equals]': 'published',
    [`select[${titleField}]`]: 'true',
    'select[slug]': 'true',
    'select[updatedAt]': 'true',
    // A stable order, so the sitemap files split the collection without gaps or repeats.
    sort: 'id',
    limit: documentLanguagesPageSize,
    page,
    depth: 0,
  });
  return result.docs.map((doc) => {
    const title = doc[titleField] as AllLocales<string> | undefined;
    return {
      id: doc.id,
      slug: doc.slug,
      locales: (Object.keys(title ?? {}) as Locale[]).filter((l) => title?.[l]),
      updatedAt: doc.updatedAt,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Draft preview. The site holds no right to read drafts: it forwards the editor's
// signed, expiring preview token to the CMS, which checks it and answers that one draft.
// ---------------------------------------------------------------------------------------------

export type PreviewResult =
  | { ok: true; collection: DocumentCollection; doc: DocumentTypes[DocumentCollection]; origin: string }
  | { ok: false; status: 400 | 403 | 404; reason: 'invalid' | 'expired' | 'gone' };

/** The draft a preview token names, in one language without fallback, or why there is none. */
export async function findPreview(token: string, locale: Locale): Promise<PreviewResult> {
  const { status, body } = await request<{ collection: DocumentCollection; doc: DocumentTypes[DocumentCollection]; origin: string; reason?: string }>(
    'preview',
    { token, locale },
    { headers: { accept: 'application/json' }, cache: 'no-store' },
  );
  if (status === 200 && body?.doc && body.collection in titleFields) return { ok: true, collection: body.collection, doc: body.doc, origin: body.origin };
  if (status === 403) return { ok: false, status, reason: body?.reason === 'expired' ? 'expired' : 'invalid' };
  if (status === 404) return { ok: false, status, reason: 'gone' };
  if (status === 400) return { ok: false, status, reason: 'invalid' };
  throw new CmsUnavailableError(`CMS answered ${status} for preview`);
}
