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
  it('loads every document in both languages: the three named parks published, the four unnamed ones as drafts', async () => {
    const report = await seedContent(cms.payload, contentDir);
    expect(report.parks).toEqual({ created: 7, unchanged: 0 });
    expect(report.industries).toEqual({ created: 4, unchanged: 0 });
    expect(report.news!.created).toBeGreaterThanOrEqual(6);
    expect(report.site).toEqual({ created: 1, unchanged: 0 });
    expect(report.location).toEqual({ created: 1, unchanged: 0 });
    const published = await cms.payload.find({ collection: 'parks', locale: 'all', overrideAccess: false, limit: 100 });
    expect(published.docs.map((p) => p.slug).sort()).toEqual(['clean-energy', 'medical-devices-biomedicine', 'motor-drive']);
    const park = published.docs.find((p) => p.slug === 'clean-energy');
    expect(park?.name).toMatchObject({ zh: expect.stringContaining('清洁能源'), en: expect.stringMatching(/clean energy/i) });
    const drafts = await cms.payload.count({ collection: 'parks', where: { _status: { equals: 'draft' } }, overrideAccess: true });
    expect(drafts.totalDocs).toBe(4);
    const iwg = await cms.payload.find({
      collection: 'news',
      where: { slug: { equals: 'iwg-flexible-office-centre-agreement' } },
      locale: 'en',
      fallbackLocale: false,
    });
    expect(iwg.docs[0]?.bodyHtml).toContain('4,000');
    // The event (3 July) and the article it comes from (4 September) are two dates; 00:00 in China is the day before in UTC.
    expect(iwg.docs[0]?.eventDate?.slice(0, 10)).toBe('2024-07-02');
    expect(iwg.docs[0]?.sourceDate?.slice(0, 10)).toBe('2024-09-03');
    expect(iwg.docs[0]?.publishedAt.slice(0, 10)).toBe('2024-09-03');
  });

  it('states the January–August 2024 figures exactly as the article does, with period and source', async () => {
    const figures = await cms.payload.find({ collection: 'figures', locale: 'all', sort: 'order', limit: 100 });
    const byUnit = figures.docs.map((f) => ({ value: f.value, unit: f.unit }));
    expect(byUnit).toEqual(
      expect.arrayContaining([
        { value: 19, unit: 'projects' },
        { value: 7, unit: 'projects' },
        { value: 7_670_000_000, unit: 'cny' },
        { value: 61, unit: 'missions' },
      ]),
    );
    expect(figures.totalDocs).toBe(4);
    for (const figure of figures.docs) {
      // Midnight in China on 1 January and 31 August 2024.
      expect(figure.periodStart).toBe('2023-12-31T16:00:00.000Z');
      expect(figure.periodEnd).toBe('2024-08-30T16:00:00.000Z');
      expect(figure.source).toMatchObject({ zh: expect.stringContaining('湖南日报'), en: expect.stringContaining('Hunan Daily') });
      expect(figure.periodLabel).toMatchObject({ zh: expect.stringContaining('2024'), en: expect.stringContaining('2024') });
    }
  });

  it('lists the nine projects with the stages and investments the article gives, and no others', async () => {
    const projects = await cms.payload.find({ collection: 'projects', locale: 'zh', limit: 100, depth: 1 });
    const rows = Object.fromEntries(projects.docs.map((p) => [p.name, { stage: p.stage, investment: p.investmentCny ?? null }]));
    expect(rows).toEqual({
      宽幅镁板精深加工产业园: { stage: 'signed', investment: 2_000_000_000 },
      氢能装备产业园: { stage: 'signed', investment: 1_000_000_000 },
      风光能清洁能源一体化项目: { stage: 'signed', investment: 1_000_000_000 },
      亚辉龙: { stage: 'in-production', investment: null },
      铭昊汽车: { stage: 'in-production', investment: null },
      铁姆肯二期: { stage: 'in-production', investment: null },
      金杯电工三期: { stage: 'under-construction', investment: null },
      太信太德: { stage: 'under-construction', investment: null },
      万洋众创: { stage: 'under-construction', investment: null },
    });
    const english = await cms.payload.find({ collection: 'projects', locale: 'en', fallbackLocale: false, limit: 100 });
    const timken = english.docs.find((p) => p.name?.includes('Timken'));
    expect(timken?.nameStatus).toBe('established');
    // Names the article gives only in Chinese are pinyin or translations, marked for editors.
    expect(english.docs.filter((p) => p.nameStatus !== 'established').length).toBeGreaterThanOrEqual(5);
    const hydrogen = projects.docs.find((p) => p.name === '氢能装备产业园');
    expect((hydrogen?.industry as { slug?: string } | null)?.slug).toBe('clean-energy');
  });

  it('enters the article’s projects in the ledger as it states them, inventing no source, day or amount', async () => {
    const ledger = await cms.payload.find({ collection: 'investment-projects', limit: 100, depth: 1, overrideAccess: true });
    const rows = Object.fromEntries(
      ledger.docs.map((p) => [
        p.name,
        [p.stage, p.plannedInvestmentCny ?? null, p.band ?? null, (p.publicProject as { slug?: string } | null)?.slug ?? null],
      ]),
    );
    expect(rows).toEqual({
      宽幅镁板精深加工产业园: ['signed', 2_000_000_000, 'major', 'wide-magnesium-plate-deep-processing-park'],
      氢能装备产业园: ['signed', 1_000_000_000, 'major', 'hydrogen-energy-equipment-park'],
      风光能清洁能源一体化项目: ['signed', 1_000_000_000, 'major', 'wind-solar-clean-energy-integration-project'],
      亚辉龙: ['production', null, null, 'yahuilong'],
      铭昊汽车: ['production', null, null, 'minghao-automotive'],
      铁姆肯二期: ['production', null, null, 'timken-phase-ii'],
      金杯电工三期: ['construction', null, null, 'jinbei-electric-phase-iii'],
      太信太德: ['construction', null, null, 'taixin-taide'],
      万洋众创: ['construction', null, null, 'wanyang-zhongchuang'],
    });
    for (const project of ledger.docs) {
      expect(project.source, project.name).toBe('unknown');
      for (const day of ['enteredOn', 'signedOn', 'constructionStartedOn', 'productionStartedOn'] as const)
        expect(project[day] ?? null, `${project.name} ${day}`).toBeNull();
      expect(project.contractAmountCny ?? null).toBeNull();
      expect(project.obligations ?? []).toEqual([]);
      expect(project.editorNotes, project.name).toMatch(/does not say/);
    }
    const steps = await cms.payload.find({ collection: 'project-steps', sort: 'order', limit: 100, overrideAccess: true, locale: 'all' });
    expect(steps.docs.map((step) => step.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(steps.docs[2]!.name).toEqual({
      zh: '第3步（待确认：原文未列出十个标准步骤）',
      en: 'Step 3 (to confirm: the article does not name the ten standard steps)',
    });
  });

  it('keeps the location connections and advantages in both languages', async () => {
    const zh = await cms.payload.findGlobal({ slug: 'location', locale: 'zh', fallbackLocale: false });
    const en = await cms.payload.findGlobal({ slug: 'location', locale: 'en', fallbackLocale: false });
    expect(zh.connections?.[0]).toMatchObject({ mode: 'road', minutes: 30, destination: expect.stringContaining('黄花') });
    expect(en.connections?.[0]).toMatchObject({ mode: 'road', minutes: 30, destination: expect.stringContaining('Huanghua') });
    expect(zh.advantages?.length).toBeGreaterThan(0);
    expect(en.advantages?.map((a: { title?: string | null }) => a.title).every(Boolean)).toBe(true);
    expect(zh.advantages?.map((a: { title?: string | null }) => a.title).every(Boolean)).toBe(true);
  });

  it('changes nothing on a second run and says so', async () => {
    const report = await seedContent(cms.payload, contentDir);
    expect(Object.values(report).reduce((sum, c) => sum + c.created, 0)).toBe(0);
    expect(describeSeedReport(report)).toMatch(/already loaded; nothing changed/);
  });

  it('leaves a collection editors have emptied alone only when asked to, and fills new ones', async () => {
    const report = await seedContent(cms.payload, contentDir, { onlyEmptyCollections: true });
    expect(report.parks).toEqual({ created: 0, unchanged: 7 });
  });

  it('invents no contact details: what editors must supply stays empty, and notes say what is missing', async () => {
    const site = await cms.payload.findGlobal({ slug: 'site', locale: 'en' });
    expect(site.contact?.phone ?? null).toBeNull();
    expect(site.contact?.email ?? null).toBeNull();
    expect(site.icpNumber ?? null).toBeNull();
    expect(site.psbNumber ?? null).toBeNull();
    const anonymous = await cms.payload.find({ collection: 'projects', overrideAccess: false, limit: 1 });
    expect(anonymous.docs[0]).not.toHaveProperty('editorNotes');
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
