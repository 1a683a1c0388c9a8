import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corrections, fingerprint } from '../../cms/src/seed/corrections';
import { seedContent } from '../../cms/src/seed/content';
import { startTestCms, type TestCms } from '../helpers/payload';

// A database seeded before issue 18 (its privacy page, location and site globals, as content/
// held them then), brought up to date by the seed's start-up run.
const contentDir = path.resolve(import.meta.dirname, '../../content');
const before18 = path.resolve(import.meta.dirname, '../fixtures/seed-before-issue-18');
let cms: TestCms;
beforeAll(async () => {
  cms = await startTestCms();
  await seedContent(cms.payload, before18);
});
afterAll(async () => cms?.close());

const privacy = async (locale: 'zh' | 'en') =>
  (await cms.payload.find({ collection: 'pages', where: { slug: { equals: 'privacy' } }, locale, fallbackLocale: false, limit: 1 }))
    .docs[0]!;
const location = (locale: 'zh' | 'en') => cms.payload.findGlobal({ slug: 'location', locale, fallbackLocale: false });
const site = (locale: 'zh' | 'en') => cms.payload.findGlobal({ slug: 'site', locale, fallbackLocale: false });
const bodyText = (body: unknown) => JSON.stringify(body);

describe('seed corrections', () => {
  it('record the fingerprints of the text the earlier seed wrote', async () => {
    for (const correction of corrections) {
      const read = async (locale: 'zh' | 'en'): Promise<Record<string, unknown>> => ({
        ...('global' in correction.target ? await (correction.target.global === 'site' ? site : location)(locale) : await privacy(locale)),
      });
      const [zh, en] = [await read('zh'), await read('en')];
      for (const [field, was] of Object.entries(correction.was)) {
        expect(fingerprint({ zh: zh[field], en: en[field] }), field).toBe(was);
      }
    }
  });

  it('bring untouched fields to the corrected text and keep the field an editor changed', async () => {
    await cms.payload.updateGlobal({ slug: 'location', locale: 'en', data: { summary: 'An editor’s own summary.' } });
    const report = await seedContent(cms.payload, contentDir);
    expect(report.fingerprintCorrections).toEqual({ created: 0, unchanged: 1, corrected: 5 });

    const [zhPrivacy, enPrivacy] = [await privacy('zh'), await privacy('en')];
    expect(bodyText(zhPrivacy.body)).toContain('尚未确定咨询的保存期限');
    expect(bodyText(enPrivacy.body)).toContain('has not yet set how long inquiries are kept');
    expect(bodyText(enPrivacy.body)).not.toContain('contact details are on the');
    expect(enPrivacy.title).toBe('Privacy notice');

    const [zh, en] = [await location('zh'), await location('en')];
    // The editor's English summary stays, and with it the old Chinese one (one field, both languages).
    expect(en.summary).toBe('An editor’s own summary.');
    expect(zh.summary).toContain('距黄花国际机场');
    expect(zh.body).toBeNull();
    expect(zh.advantages?.map((a) => a.title)).toEqual(['招商重点区域', '7个特色产业园', '项目服务']);
    expect(en.advantages?.map((a) => a.title)).toEqual(['Focus regions', 'Seven feature industrial parks', 'Support for projects']);
    expect(en.advantages?.[2]?.text).toContain('project implementation office');
    expect(zh.connections?.[0]).toMatchObject({
      mode: 'road',
      minutes: 30,
      destination: '长沙黄花国际机场',
      note: expect.stringContaining('待确认'),
    });
    expect(en.connections?.[0]).toMatchObject({
      destination: 'Changsha Huanghua International Airport',
      note: expect.stringContaining('to be confirmed'),
    });
    expect(zh.headline).toContain('交通枢纽');

    // The English positioning without the unexplained slogan; the Chinese keeps it.
    expect((await site('en')).positioning).toBe(
      'Xiangtan Hi-tech Zone follows a development path of strong technology, strong industry and a strong economy.',
    );
    expect((await site('zh')).positioning).toContain('两优三特一融');
  });

  it('change nothing on the next run', async () => {
    const before = await location('en');
    const report = await seedContent(cms.payload, contentDir);
    expect(report.fingerprintCorrections).toEqual({ created: 0, unchanged: 1, corrected: 0 });
    expect((await location('en')).updatedAt).toBe(before.updatedAt);
  });
});
