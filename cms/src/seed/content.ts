import fs from 'node:fs';
import path from 'node:path';
import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical';
import type { Payload } from 'payload';
import type { Locale } from '../../../src/i18n/locales';

type Bilingual = Record<Locale, string>;

interface ParkFile {
  slug: string;
  order: number;
  name: Bilingual;
  summary: Bilingual;
  body: Bilingual;
}
interface NewsFile {
  slug: string;
  publishedAt: string;
  title: Bilingual;
  summary: Bilingual;
  body: Bilingual;
  source: Bilingual;
}
interface SiteFile {
  name: Bilingual;
  tagline: Bilingual;
  address: Bilingual;
  phone: string;
  email: string;
  icpNumber: string;
}

export interface SeedCounts {
  created: number;
  unchanged: number;
}

export interface SeedReport {
  parks: SeedCounts;
  news: SeedCounts;
  site: SeedCounts;
}

function readJsonFiles<T>(dir: string): T[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as T);
}

/**
 * Loads `content/` into the CMS: creates each park and news item that does not exist yet
 * (matched by slug) and fills an empty site global. Existing documents are never touched, so
 * editors' changes survive and a second run changes nothing.
 */
export async function seedContent(payload: Payload, contentDir: string): Promise<SeedReport> {
  const editorConfig = await editorConfigFactory.default({ config: payload.config });
  const richText = (markdown: string) => convertMarkdownToLexical({ editorConfig, markdown });
  // Seeding must not call the site; it may not be running yet.
  const context = { skipRevalidate: true };
  const report: SeedReport = {
    parks: { created: 0, unchanged: 0 },
    news: { created: 0, unchanged: 0 },
    site: { created: 0, unchanged: 0 },
  };

  async function exists(collection: 'parks' | 'news', slug: string) {
    const found = await payload.count({ collection, where: { slug: { equals: slug } }, overrideAccess: true });
    return found.totalDocs > 0;
  }

  for (const park of readJsonFiles<ParkFile>(path.join(contentDir, 'parks'))) {
    if (await exists('parks', park.slug)) {
      report.parks.unchanged += 1;
      continue;
    }
    const doc = await payload.create({
      collection: 'parks',
      locale: 'zh',
      context,
      data: { slug: park.slug, order: park.order, name: park.name.zh, summary: park.summary.zh, body: richText(park.body.zh), _status: 'published' },
    });
    await payload.update({
      collection: 'parks',
      id: doc.id,
      locale: 'en',
      context,
      data: { name: park.name.en, summary: park.summary.en, body: richText(park.body.en), _status: 'published' },
    });
    report.parks.created += 1;
  }

  for (const item of readJsonFiles<NewsFile>(path.join(contentDir, 'news'))) {
    if (await exists('news', item.slug)) {
      report.news.unchanged += 1;
      continue;
    }
    const doc = await payload.create({
      collection: 'news',
      locale: 'zh',
      context,
      data: {
        slug: item.slug,
        publishedAt: new Date(`${item.publishedAt}T00:00:00+08:00`).toISOString(),
        title: item.title.zh,
        summary: item.summary.zh,
        body: richText(item.body.zh),
        source: item.source.zh,
        _status: 'published',
      },
    });
    await payload.update({
      collection: 'news',
      id: doc.id,
      locale: 'en',
      context,
      data: { title: item.title.en, summary: item.summary.en, body: richText(item.body.en), source: item.source.en, _status: 'published' },
    });
    report.news.created += 1;
  }

  const siteFile = path.join(contentDir, 'site.json');
  if (fs.existsSync(siteFile)) {
    const site = JSON.parse(fs.readFileSync(siteFile, 'utf8')) as SiteFile;
    const current = await payload.findGlobal({ slug: 'site', locale: 'zh', fallbackLocale: false, overrideAccess: true });
    if (current.name) {
      report.site.unchanged += 1;
    } else {
      const contact = { phone: site.phone || null, email: site.email || null };
      await payload.updateGlobal({
        slug: 'site',
        locale: 'zh',
        context,
        data: { name: site.name.zh, tagline: site.tagline.zh, icpNumber: site.icpNumber || null, contact: { ...contact, address: site.address.zh || null } },
      });
      await payload.updateGlobal({
        slug: 'site',
        locale: 'en',
        context,
        data: { name: site.name.en, tagline: site.tagline.en, contact: { ...contact, address: site.address.en || null } },
      });
      report.site.created += 1;
    }
  }
  return report;
}

export function describeSeedReport(report: SeedReport): string {
  const created = report.parks.created + report.news.created + report.site.created;
  const line = (name: string, c: SeedCounts) => `${name}: ${c.created} created, ${c.unchanged} already present`;
  const summary = [line('parks', report.parks), line('news', report.news), line('site details', report.site)].join('; ');
  return created === 0 ? `Seed content is already loaded; nothing changed (${summary}).` : `Seed content loaded (${summary}).`;
}
