// The site's one door to the CMS (DESIGN.md): every read and the inquiry write go through here.
import { CMS_URL, SITE_API_KEY } from 'astro:env/server';
import type { Inquiry, Media, News, Park, Site } from '../../cms/src/payload-types';
import type { Locale } from '../i18n/locales';
import type { InquiryData } from './inquirySchema';

export type { Media, News, Park, Site };

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
const timeoutMs = import.meta.env.DEV ? 60_000 : 5000;
// Storing an inquiry may wait behind many others (one SQLite writer); giving up early would tell a
// prospect "nothing was sent" about an inquiry the CMS then stores. Reads stay quick to fail.
const writeTimeoutMs = 60_000;

async function request<T>(path: string, params: Record<string, string | number>, init: RequestInit = {}, timeout = timeoutMs): Promise<{ status: number; body: T }> {
  const url = new URL(`/api/${path}`, CMS_URL);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, String(value));
  let response: Response;
  try {
    response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeout) });
  } catch (error) {
    throw new CmsUnavailableError(`CMS not reachable at ${url.origin}`, { cause: error });
  }
  if (response.status >= 500) throw new CmsUnavailableError(`CMS answered ${response.status} for ${url.pathname}`);
  const body = (await response.json().catch(() => null)) as T;
  return { status: response.status, body };
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
}

type AllLocales<T> = Partial<Record<Locale, T | null>>;

function summarize(
  doc: { id: number | string; slug: string; publishedAt?: string },
  title: AllLocales<string> | undefined,
  summary: AllLocales<string> | undefined,
  locale: Locale,
): Summary {
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
  };
}

// Lists read every language at once (`locale=all`), so a document not yet translated is listed
// under its own language's title and marked, instead of disappearing or showing a blank.
type ParkAllLocales = Pick<Park, 'id' | 'slug'> & { name?: AllLocales<string>; summary?: AllLocales<string> };
type NewsAllLocales = Pick<News, 'id' | 'slug' | 'publishedAt'> & { title?: AllLocales<string>; summary?: AllLocales<string> };

export async function listParks(locale: Locale): Promise<Summary[]> {
  const page = await read<Page<ParkAllLocales>>('parks', {
    locale: 'all',
    'where[_status][equals]': 'published',
    sort: 'order',
    limit: 100,
    depth: 0,
    'select[name]': 'true',
    'select[slug]': 'true',
    'select[summary]': 'true',
  });
  return page.docs.map((doc) => summarize(doc, doc.name, doc.summary, locale));
}

/** One published document by its slug, in one language (fields are null where untranslated). */
async function findBySlug<T>(collection: 'parks' | 'news', slug: string, locale: Locale): Promise<T | undefined> {
  const page = await read<Page<T>>(collection, {
    ...localeParams(locale),
    'where[_status][equals]': 'published',
    'where[slug][equals]': slug,
    limit: 1,
    depth: 1,
  });
  return page.docs[0];
}

export const findParkBySlug = (slug: string, locale: Locale) => findBySlug<Park>('parks', slug, locale);
export const findNewsBySlug = (slug: string, locale: Locale) => findBySlug<News>('news', slug, locale);

export async function listNews(locale: Locale, pageNumber: number, pageSize: number): Promise<Page<Summary>> {
  const page = await read<Page<NewsAllLocales>>('news', {
    locale: 'all',
    'where[_status][equals]': 'published',
    sort: '-publishedAt',
    limit: pageSize,
    page: pageNumber,
    depth: 0,
    'select[title]': 'true',
    'select[slug]': 'true',
    'select[summary]': 'true',
    'select[publishedAt]': 'true',
  });
  return { ...page, docs: page.docs.map((doc) => summarize(doc, doc.title, doc.summary, locale)) };
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
  const { status, body } = await request<{ reference?: string; errors?: { data?: { errors?: { path: string; message: string }[] } }[] }>(
    'inquiries/submit',
    {},
    { method: 'POST', headers: serviceHeaders(), body: JSON.stringify(inquiry) },
    writeTimeoutMs,
  );
  if ((status === 201 || status === 200) && body?.reference) return { reference: body.reference };
  const fields: Record<string, string> = {};
  for (const error of body?.errors ?? []) for (const field of error.data?.errors ?? []) fields[field.path] = field.message;
  throw new CmsRejectedError(`CMS refused the inquiry (${status})`, status, fields);
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
  let response: Response;
  try {
    response = await fetch(new URL(`/api/media/file/${encodeURIComponent(filename)}`, CMS_URL), {
      headers: ifNoneMatch ? { 'if-none-match': ifNoneMatch } : {},
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    throw new CmsUnavailableError(`CMS not reachable for media ${filename}`, { cause: error });
  }
  if (response.status === 404 || response.status === 403) return undefined;
  // Payload answers 500, not 404, for a file it does not have; ask whether any upload has that
  // name before calling it a failure.
  if (response.status >= 500 && !(await mediaExists(filename))) return undefined;
  if (response.status >= 500) throw new CmsUnavailableError(`CMS answered ${response.status} for media ${filename}`);
  return response;
}
