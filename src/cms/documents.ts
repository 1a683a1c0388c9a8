// Published documents for the site's pages: one by its slug, lists with the domain's filters, the
// globals, figures and news categories. Anonymous reads: the CMS answers only what is published.
import type { PaginatedDocs, Where } from 'payload';
import type { Figure, Location, NewsCategory, Site } from '../../cms/src/payload-types';
import type { Locale } from '#common/locales.ts';
import type { ProjectStage } from '../lib/choices';
import type { policyStatusFilters } from '#common/policyStatus.ts';
import { titleFields, type DocumentCollection } from '#common/publicCollections.ts';
import { cms, noFallback } from './client';
import { summarize, type AnyLocaleDoc, type Summary } from './localize';
import type { DocumentTypes } from './types';
import type { PolicyFacet } from '../lib/policyFacets';
import { allOf, fieldIs, idIn, policyStatusWhere, published, relatesTo, slugIs } from './where';

type Id = number | string;

/** Reads in one language without Payload's fallback, so missing translations are visible. */
const oneLanguage = (locale: Locale) => ({ locale, fallbackLocale: noFallback });

export function getSite(locale: Locale): Promise<Site> {
  return cms.findGlobal({ slug: 'site', ...oneLanguage(locale), depth: 0 });
}

export function getLocation(locale: Locale): Promise<Location> {
  return cms.findGlobal({ slug: 'location', ...oneLanguage(locale), depth: 1 });
}

/** One published document by its slug, in one language (fields are null where untranslated). */
export async function findDocument<C extends DocumentCollection>(
  collection: C,
  slug: string,
  locale: Locale,
): Promise<DocumentTypes[C] | undefined> {
  const page = await cms.find({ collection, ...oneLanguage(locale), where: allOf(published, slugIs(slug)), limit: 1, depth: 1 });
  return page.docs[0] as DocumentTypes[C] | undefined;
}

export interface ListOptions {
  /** The collection's display order unless given (e.g. `-updatedAt` for the latest). */
  sort?: string;
  page?: number;
  limit?: number;
  /** Language-independent fields to return in `Summary.fields`. */
  fields?: readonly string[];
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

/**
 * A page of published documents for a list. Lists read every language at once (`locale=all`),
 * so a document not yet translated is listed under its own language's title and marked, instead
 * of disappearing or showing a blank.
 */
async function list(
  collection: DocumentCollection,
  locale: Locale,
  options: ListOptions = {},
  where?: Where,
): Promise<PaginatedDocs<Summary>> {
  const titleField = titleFields[collection];
  const fields = options.fields ?? [];
  const selected = [titleField, 'slug', 'summary', 'updatedAt', ...(collection === 'news' ? ['publishedAt'] : []), ...fields];
  const page = (await cms.find({
    collection,
    locale: 'all',
    where: allOf(published, where),
    sort: options.sort ?? defaultSorts[collection],
    limit: options.limit ?? 100,
    page: options.page ?? 1,
    depth: 0,
    select: Object.fromEntries(selected.map((name) => [name, true])),
  })) as unknown as PaginatedDocs<AnyLocaleDoc>;
  return { ...page, docs: page.docs.map((doc) => summarize(doc, titleField, locale, fields)) };
}

/** A page of a collection's published documents, in its display order. */
export function listDocuments(collection: DocumentCollection, locale: Locale, options: ListOptions = {}): Promise<PaginatedDocs<Summary>> {
  return list(collection, locale, options);
}

/** The slugs of the published industries: what an inquiry may name besides "other". */
export async function industrySlugs(): Promise<string[]> {
  return (await list('industries', 'zh')).docs.map((industry) => industry.slug);
}

export async function listParks(locale: Locale): Promise<Summary[]> {
  return (await list('parks', locale)).docs;
}

/**
 * Published documents with these ids (a document's related items), in the collection's display
 * order; none when there are no ids.
 */
export async function listByIds(collection: DocumentCollection, locale: Locale, ids: readonly Id[]): Promise<Summary[]> {
  if (ids.length === 0) return [];
  return (await list(collection, locale, {}, idIn(ids))).docs;
}

/** What a park's page lists beside it: its projects, the news about it and its companies' stories. */
export async function aroundPark(park: Id, locale: Locale) {
  const [projects, news, stories] = await Promise.all([
    list('projects', locale, {}, fieldIs('park', park)),
    list('news', locale, { limit: 6 }, relatesTo('parks', park)),
    list('stories', locale, {}, fieldIs('park', park)),
  ]);
  return { projects: projects.docs, news: news.docs, stories: stories.docs };
}

/** What an industry's page lists beside it: the parks, projects, policies, news and stories of the industry. */
export async function aroundIndustry(industry: Id, locale: Locale) {
  const [parks, projects, policies, news, stories] = await Promise.all([
    list('parks', locale, {}, relatesTo('industries', industry)),
    list('projects', locale, {}, fieldIs('industry', industry)),
    list('policies', locale, {}, relatesTo('industries', industry)),
    list('news', locale, { limit: 6 }, relatesTo('industries', industry)),
    list('stories', locale, {}, fieldIs('industry', industry)),
  ]);
  return { parks: parks.docs, projects: projects.docs, policies: policies.docs, news: news.docs, stories: stories.docs };
}

/** Up to three other projects at the same stage as this one. */
export async function projectsAtSameStage(project: { id: Id; stage: ProjectStage }, locale: Locale): Promise<Summary[]> {
  return (await list('projects', locale, { limit: 3 }, allOf(fieldIs('stage', project.stage), { id: { not_equals: project.id } }))).docs;
}

/** A page of the project list, by stage and industry (an industry's id) when the visitor chose them. */
export function projectsPage(
  filters: ListOptions & { stage?: ProjectStage; industry?: Id },
  locale: Locale,
): Promise<PaginatedDocs<Summary>> {
  return list(
    'projects',
    locale,
    filters,
    allOf(
      filters.stage ? fieldIs('stage', filters.stage) : undefined,
      filters.industry !== undefined ? fieldIs('industry', filters.industry) : undefined,
    ),
  );
}

/**
 * A page of the policy list, by type, industry and status when the visitor chose them. The
 * status is worked out from the dates as of today (China's calendar), by the CMS's query.
 */
export function policiesPage(
  filters: ListOptions & { type?: string; industry?: Id; status?: (typeof policyStatusFilters)[number] },
  locale: Locale,
): Promise<PaginatedDocs<Summary>> {
  return list(
    'policies',
    locale,
    filters,
    allOf(
      filters.type ? fieldIs('type', filters.type) : undefined,
      filters.industry !== undefined ? relatesTo('industries', filters.industry) : undefined,
      filters.status ? policyStatusWhere(filters.status) : undefined,
    ),
  );
}

/** Every published policy's filterable fields, for the list to offer only choices that find something. */
export async function policyFacets(): Promise<PolicyFacet[]> {
  const page = await cms.find({
    collection: 'policies',
    where: published,
    limit: 1000,
    depth: 0,
    select: { type: true, industries: true, effectiveFrom: true, expiresOn: true },
  });
  return page.docs;
}

/** A page of the news list, of one category (its id) when the visitor chose one. */
export function newsPage(filters: ListOptions & { category?: Id }, locale: Locale): Promise<PaginatedDocs<Summary>> {
  return list('news', locale, filters, filters.category !== undefined ? fieldIs('category', filters.category) : undefined);
}

/** The zone's figures in one language, in display order; `featured` ones are the home page's. */
export async function listFigures(locale: Locale, options: { featured?: boolean; series?: string } = {}): Promise<Figure[]> {
  const where = allOf(
    options.featured ? fieldIs('featured', true) : undefined,
    options.series ? fieldIs('series', options.series) : undefined,
  );
  const page = await cms.find({ collection: 'figures', ...oneLanguage(locale), where, sort: 'order', limit: 100, depth: 0 });
  return page.docs;
}

/** Every news category, in one language, in display order. */
export async function listNewsCategories(locale: Locale): Promise<NewsCategory[]> {
  const page = await cms.find({ collection: 'news-categories', ...oneLanguage(locale), sort: 'order', limit: 100, depth: 0 });
  return page.docs;
}
