import fs from 'node:fs';
import path from 'node:path';
import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical';
import type { CollectionSlug, Payload } from 'payload';
import { chinaMidnight } from '#common/chinaTime.ts';
import { locales, type Locale } from '#common/locales.ts';

type Bilingual = Record<Locale, string>;
type Data = Record<string, unknown>;
type RichText = (markdown: string | undefined) => unknown;

/** What a content file may say, collection by collection (see content/README.md). */
interface ContentFile {
  slug: string;
  status?: 'draft' | 'published';
  editorNotes?: string;
  [field: string]: unknown;
}

export interface SeedCounts {
  created: number;
  unchanged: number;
}
export type SeedReport = Record<string, SeedCounts>;

export interface SeedOptions {
  /**
   * Seed a collection only while it is empty (what `npm start` does), so that documents editors
   * deleted are not brought back; new collections added by an upgrade still get their content.
   * Without it, every document whose slug is missing is created.
   */
  onlyEmptyCollections?: boolean;
}

/** Looks up the id of a document by slug, for relationships written as slugs in content files. */
class References {
  private cache = new Map<string, string | number>();
  constructor(private payload: Payload) {}

  async id(collection: CollectionSlug, slug: string): Promise<string | number> {
    const cacheKey = `${collection}:${slug}`;
    const cached = this.cache.get(cacheKey);
    if (cached !== undefined) return cached;
    const found = await this.payload.find({
      collection,
      where: { slug: { equals: slug } },
      limit: 1,
      depth: 0,
      draft: true,
      overrideAccess: true,
    });
    const doc = found.docs[0];
    if (!doc) throw new Error(`Seed content refers to ${collection} "${slug}", which is not in content/.`);
    this.cache.set(cacheKey, doc.id);
    return doc.id;
  }

  async ids(collection: CollectionSlug, slugs: unknown): Promise<Array<string | number>> {
    return Promise.all(((slugs as string[] | undefined) ?? []).map((slug) => this.id(collection, slug)));
  }

  async optional(collection: CollectionSlug, slug: unknown): Promise<string | number | null> {
    return typeof slug === 'string' && slug ? this.id(collection, slug) : null;
  }
}

/** How one collection's content files become documents: the data for one language. */
interface Seeder {
  collection: CollectionSlug;
  /** A folder of one file per document, or one file holding an array. */
  source: { dir: string } | { file: string };
  /** The field that identifies a document across runs. */
  key: 'slug' | 'key' | 'order' | 'name';
  drafts: boolean;
  data(file: ContentFile, locale: Locale, refs: References, richText: RichText): Promise<Data>;
}

const text = (value: unknown, locale: Locale): string | null => {
  const localized = (value as Bilingual | null | undefined)?.[locale];
  return localized ? localized : null;
};
/** 2024-07-03 means that day in China, so it is stored as midnight in UTC+8. */
const chinaDay = (value: unknown): string | null => (typeof value === 'string' && value ? chinaMidnight(value) : null);

const seeders: Seeder[] = [
  {
    collection: 'news-categories',
    source: { file: 'news-categories.json' },
    key: 'slug',
    drafts: false,
    async data(f, locale) {
      return { slug: f.slug, order: f.order ?? 0, name: text(f.name, locale) };
    },
  },
  {
    collection: 'industries',
    source: { dir: 'industries' },
    key: 'slug',
    drafts: true,
    async data(f, locale, _refs, richText) {
      return {
        slug: f.slug,
        order: f.order ?? 0,
        name: text(f.name, locale),
        summary: text(f.summary, locale),
        body: richText(text(f.body, locale) ?? ''),
      };
    },
  },
  {
    collection: 'parks',
    source: { dir: 'parks' },
    key: 'slug',
    drafts: true,
    async data(f, locale, refs, richText) {
      const location = f.location as { address?: Bilingual; latitude?: number; longitude?: number } | null;
      const officer = f.contactOfficer as { name?: Bilingual; title?: Bilingual; phone?: string; email?: string } | null;
      return {
        slug: f.slug,
        order: f.order ?? 0,
        name: text(f.name, locale),
        summary: text(f.summary, locale),
        body: richText(text(f.body, locale) ?? ''),
        industries: await refs.ids('industries', f.industries),
        location: {
          address: text(location?.address, locale),
          latitude: location?.latitude ?? null,
          longitude: location?.longitude ?? null,
        },
        contactOfficer: {
          name: text(officer?.name, locale),
          title: text(officer?.title, locale),
          phone: officer?.phone || null,
          email: officer?.email || null,
        },
      };
    },
  },
  {
    collection: 'projects',
    source: { dir: 'projects' },
    key: 'slug',
    drafts: true,
    async data(f, locale, refs) {
      return {
        slug: f.slug,
        order: f.order ?? 0,
        name: text(f.name, locale),
        nameStatus: f.nameStatus,
        stage: f.stage,
        industry: await refs.optional('industries', f.industry),
        park: await refs.optional('parks', f.park),
        investmentCny: f.investmentCny ?? null,
        date: chinaDay(f.date),
        dateNote: text(f.dateNote, locale),
        summary: text(f.summary, locale),
        source: text(f.source, locale),
      };
    },
  },
  {
    collection: 'figures',
    source: { file: 'figures.json' },
    key: 'key',
    drafts: false,
    async data(f, locale) {
      return {
        key: f.key,
        order: f.order ?? 0,
        label: text(f.label, locale),
        value: f.value,
        unit: f.unit,
        series: f.series,
        featured: Boolean(f.featured),
        periodStart: chinaDay(f.periodStart),
        periodEnd: chinaDay(f.periodEnd),
        periodLabel: text(f.periodLabel, locale),
        source: text(f.source, locale),
        sourceUrl: f.sourceUrl ?? null,
      };
    },
  },
  {
    collection: 'project-steps',
    source: { file: 'project-steps.json' },
    key: 'order',
    drafts: false,
    async data(f, locale) {
      return { order: f.order, name: text(f.name, locale) };
    },
  },
  {
    collection: 'investment-projects',
    source: { file: 'investment-projects.json' },
    key: 'name',
    drafts: false,
    async data(f, _locale, refs) {
      return {
        name: f.name,
        source: f.source,
        stage: f.stage,
        plannedInvestmentCny: f.plannedInvestmentCny ?? null,
        industry: await refs.optional('industries', f.industry),
        publicProject: await refs.optional('projects', f.publicProject),
        showInvestment: Boolean(f.showInvestment),
        // What the article does not say stays empty, the day it entered the ledger included.
        enteredOn: null,
      };
    },
  },
  {
    collection: 'policies',
    source: { dir: 'policies' },
    key: 'slug',
    drafts: true,
    async data(f, locale, refs, richText) {
      return {
        slug: f.slug,
        title: text(f.title, locale),
        issuingBody: text(f.issuingBody, locale),
        type: f.type,
        industries: await refs.ids('industries', f.industries),
        effectiveFrom: chinaDay(f.effectiveFrom),
        expiresOn: chinaDay(f.expiresOn),
        summary: text(f.summary, locale),
        body: richText(text(f.body, locale) ?? ''),
      };
    },
  },
  {
    collection: 'news',
    source: { dir: 'news' },
    key: 'slug',
    drafts: true,
    async data(f, locale, refs, richText) {
      return {
        slug: f.slug,
        publishedAt: chinaDay(f.publishedAt),
        title: text(f.title, locale),
        summary: text(f.summary, locale),
        body: richText(text(f.body, locale) ?? ''),
        source: text(f.source, locale),
        category: await refs.optional('news-categories', f.category),
        parks: await refs.ids('parks', f.parks),
        industries: await refs.ids('industries', f.industries),
      };
    },
  },
  {
    collection: 'stories',
    source: { dir: 'stories' },
    key: 'slug',
    drafts: true,
    async data(f, locale, refs, richText) {
      return {
        slug: f.slug,
        order: f.order ?? 0,
        company: text(f.company, locale),
        entity: text(f.entity, locale),
        origin: text(f.origin, locale),
        industry: await refs.optional('industries', f.industry),
        park: await refs.optional('parks', f.park),
        summary: text(f.summary, locale),
        body: richText(text(f.body, locale) ?? ''),
      };
    },
  },
  {
    collection: 'offices',
    source: { dir: 'offices' },
    key: 'slug',
    drafts: true,
    async data(f, locale, _refs, richText) {
      const partner = (f.partner ?? {}) as Record<string, unknown>;
      return {
        slug: f.slug,
        order: f.order ?? 0,
        name: text(f.name, locale),
        summary: text(f.summary, locale),
        body: richText(text(f.body, locale) ?? ''),
        agreementDate: chinaDay(f.agreementDate),
        signedBy: text(f.signedBy, locale),
        address: text(f.address, locale),
        partner: {
          name: partner.name ?? null,
          foundedYear: partner.foundedYear ?? null,
          foundedIn: text(partner.foundedIn, locale),
          listedYear: partner.listedYear ?? null,
          listedOn: text(partner.listedOn, locale),
          countries: partner.countries ?? null,
          centres: partner.centres ?? null,
          description: text(partner.description, locale),
        },
      };
    },
  },
  {
    collection: 'pages',
    source: { dir: 'pages' },
    key: 'slug',
    drafts: true,
    async data(f, locale, _refs, richText) {
      return {
        slug: f.slug,
        order: f.order ?? 0,
        title: text(f.title, locale),
        summary: text(f.summary, locale),
        body: richText(text(f.body, locale) ?? ''),
      };
    },
  },
];

function readContent(contentDir: string, source: Seeder['source']): ContentFile[] {
  if ('file' in source) {
    const file = path.join(contentDir, source.file);
    return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as ContentFile[]) : [];
  }
  const dir = path.join(contentDir, source.dir);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as ContentFile);
}

/**
 * Loads `content/` into the CMS: creates each document that does not exist yet (matched by slug,
 * or by key for figures) in Chinese, then adds its English, and fills empty globals. Existing
 * documents are never touched, so editors' changes survive and a second run changes nothing.
 * Relationships are written as slugs in the files and resolved here.
 */
export async function seedContent(payload: Payload, contentDir: string, options: SeedOptions = {}): Promise<SeedReport> {
  const editorConfig = await editorConfigFactory.default({ config: payload.config });
  const richText: RichText = (markdown) => (markdown ? convertMarkdownToLexical({ editorConfig, markdown }) : null);
  // Seeding must not call the site; it may not be running yet.
  const context = { skipRevalidate: true };
  const refs = new References(payload);
  const report: SeedReport = {};
  const [firstLocale, ...otherLocales] = locales.map((l) => l.code);

  for (const seeder of seeders) {
    const counts: SeedCounts = { created: 0, unchanged: 0 };
    report[seeder.collection] = counts;
    const files = readContent(contentDir, seeder.source);
    const existing = await payload.count({ collection: seeder.collection, overrideAccess: true });
    if (options.onlyEmptyCollections && existing.totalDocs > 0) {
      counts.unchanged = files.length;
      continue;
    }
    for (const file of files) {
      const key = String(file[seeder.key]);
      const found = await payload.count({ collection: seeder.collection, where: { [seeder.key]: { equals: key } }, overrideAccess: true });
      if (found.totalDocs > 0) {
        counts.unchanged += 1;
        continue;
      }
      const draft = file.status === 'draft';
      const status = seeder.drafts ? { _status: draft ? 'draft' : 'published' } : {};
      const notes = file.editorNotes ? { editorNotes: file.editorNotes } : {};
      const doc = await payload.create({
        collection: seeder.collection,
        locale: firstLocale,
        context,
        draft,
        overrideAccess: true,
        data: { ...(await seeder.data(file, firstLocale!, refs, richText)), ...status, ...notes } as never,
      });
      for (const locale of otherLocales) {
        await payload.update({
          collection: seeder.collection,
          id: doc.id,
          locale,
          context,
          draft,
          overrideAccess: true,
          data: { ...(await seeder.data(file, locale, refs, richText)), ...status } as never,
        });
      }
      counts.created += 1;
    }
  }

  report.site = await seedSiteGlobal(payload, contentDir, context);
  report.location = await seedLocationGlobal(payload, contentDir, context, richText);
  return report;
}

function readJson<T>(file: string): T | null {
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as T) : null;
}

async function seedSiteGlobal(payload: Payload, contentDir: string, context: Data): Promise<SeedCounts> {
  const site = readJson<Data & { editorNotes?: string }>(path.join(contentDir, 'site.json'));
  if (!site) return { created: 0, unchanged: 0 };
  const current = await payload.findGlobal({ slug: 'site', locale: 'zh', fallbackLocale: false, overrideAccess: true });
  if (current.name) return { created: 0, unchanged: 1 };
  for (const { code: locale } of locales) {
    await payload.updateGlobal({
      slug: 'site',
      locale,
      context,
      overrideAccess: true,
      data: {
        name: text(site.name, locale) ?? '',
        tagline: text(site.tagline, locale),
        positioning: text(site.positioning, locale),
        icpNumber: (site.icpNumber as string) || null,
        psbNumber: (site.psbNumber as string) || null,
        contact: { address: text(site.address, locale), phone: (site.phone as string) || null, email: (site.email as string) || null },
        editorNotes: site.editorNotes ?? null,
      },
    });
  }
  return { created: 1, unchanged: 0 };
}

type Row = Record<string, unknown> & { key?: string; id?: string };

/**
 * The location global has arrays with text in both languages. The English pass must name the
 * rows the Chinese pass created (by id), or Payload would replace them and drop the Chinese.
 */
async function seedLocationGlobal(payload: Payload, contentDir: string, context: Data, richText: RichText): Promise<SeedCounts> {
  const location = readJson<Data & { advantages?: Row[]; connections?: Row[]; editorNotes?: string }>(
    path.join(contentDir, 'location.json'),
  );
  if (!location) return { created: 0, unchanged: 0 };
  const current = await payload.findGlobal({ slug: 'location', locale: 'zh', fallbackLocale: false, overrideAccess: true });
  if (current.headline) return { created: 0, unchanged: 1 };
  let ids: { advantages: string[]; connections: string[] } = { advantages: [], connections: [] };
  for (const { code: locale } of locales) {
    const rows = (list: Row[] | undefined, name: 'advantages' | 'connections', map: (row: Row) => Data) =>
      (list ?? []).map((row, index) => ({ ...(ids[name][index] ? { id: ids[name][index] } : {}), ...map(row) }));
    const saved = await payload.updateGlobal({
      slug: 'location',
      locale,
      context,
      overrideAccess: true,
      data: {
        headline: text(location.headline, locale) ?? '',
        summary: text(location.summary, locale),
        body: richText(text(location.body, locale) ?? '') as never,
        advantages: rows(location.advantages, 'advantages', (row) => ({
          title: text(row.title, locale),
          text: text(row.text, locale),
        })) as never,
        connections: rows(location.connections, 'connections', (row) => ({
          destination: text(row.destination, locale),
          mode: row.mode,
          minutes: row.minutes,
          note: text(row.note, locale),
        })) as never,
        editorNotes: location.editorNotes ?? null,
      },
    });
    ids = {
      advantages: (saved.advantages ?? []).map((row: { id?: string | null }) => String(row.id)),
      connections: (saved.connections ?? []).map((row: { id?: string | null }) => String(row.id)),
    };
  }
  return { created: 1, unchanged: 0 };
}

export function describeSeedReport(report: SeedReport): string {
  const entries = Object.entries(report);
  const created = entries.reduce((sum, [, c]) => sum + c.created, 0);
  const summary = entries.map(([name, c]) => `${name}: ${c.created} created, ${c.unchanged} already present`).join('; ');
  return created === 0 ? `Seed content is already loaded; nothing changed (${summary}).` : `Seed content loaded (${summary}).`;
}
