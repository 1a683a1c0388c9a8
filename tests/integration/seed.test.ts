import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeSeedReport, seedContent } from '../../cms/src/seed/content';
import { ensureFirstAdmin, ensureSiteServiceUser, siteServiceEmail } from '../../cms/src/seed/users';
import { startTestCms, type TestCms } from '../helpers/payload';

const contentDir = path.resolve(import.meta.dirname, '../../content');
let cms: TestCms;
beforeAll(async () => {
  cms = await startTestCms();
});
afterAll(async () => cms?.close());

describe('seed content', () => {
  it('loads every park and news item in both languages, published', async () => {
    const report = await seedContent(cms.payload, contentDir);
    expect(report.parks).toEqual({ created: 3, unchanged: 0 });
    expect(report.news.created).toBeGreaterThanOrEqual(5);
    expect(report.site).toEqual({ created: 1, unchanged: 0 });
    const park = await cms.payload.find({ collection: 'parks', where: { slug: { equals: 'clean-energy' } }, locale: 'all', overrideAccess: false });
    expect(park.docs[0]?._status).toBe('published');
    expect(park.docs[0]?.name).toMatchObject({ zh: expect.stringContaining('清洁能源'), en: expect.stringMatching(/clean energy/i) });
    const iwg = await cms.payload.find({ collection: 'news', where: { slug: { equals: 'iwg-flexible-office-centre-agreement' } }, locale: 'en', fallbackLocale: false });
    expect(iwg.docs[0]?.bodyHtml).toContain('4,000');
    expect(iwg.docs[0]?.publishedAt.slice(0, 10)).toBe('2024-07-02'); // 3 July 00:00 in China is 2 July in UTC
  });

  it('changes nothing on a second run and says so', async () => {
    const report = await seedContent(cms.payload, contentDir);
    expect(report.parks.created + report.news.created + report.site.created).toBe(0);
    expect(describeSeedReport(report)).toMatch(/already loaded; nothing changed/);
  });

  it('invents no contact details: what editors must supply stays empty', async () => {
    const site = await cms.payload.findGlobal({ slug: 'site', locale: 'en' });
    expect(site.contact?.phone ?? null).toBeNull();
    expect(site.contact?.email ?? null).toBeNull();
    expect(site.icpNumber ?? null).toBeNull();
  });
});

describe('first users', () => {
  it('creates one administrator with a one-time password, and only once', async () => {
    const first = await ensureFirstAdmin(cms.payload, { NODE_ENV: 'test' });
    expect(first).toMatchObject({ created: true, email: 'admin@portal.invalid', password: expect.stringMatching(/^.{16}$/) });
    expect(await ensureFirstAdmin(cms.payload, { NODE_ENV: 'test' })).toEqual({ created: false });
  });

  it('keeps the service account in step with SITE_API_KEY', async () => {
    await ensureSiteServiceUser(cms.payload, 'a'.repeat(48));
    await ensureSiteServiceUser(cms.payload, 'b'.repeat(48));
    const users = await cms.payload.find({ collection: 'users', where: { email: { equals: siteServiceEmail } }, overrideAccess: true });
    expect(users.totalDocs).toBe(1);
    expect(users.docs[0]?.role).toBe('site-service');
  });
});
