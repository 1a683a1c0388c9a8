// Corrected seed text reaches a database seeded before the correction (content/corrections/), and
// never overwrites what an editor wrote.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedContent } from '../../cms/src/seed/content';
import { startTestCms, type TestCms } from '../helpers/payload';

const contentDir = path.resolve(import.meta.dirname, '../../content');
interface Correction {
  collection: string;
  key: string;
  field: string;
  locale?: 'zh' | 'en';
  previous: string | null;
}
const corrections = fs
  .readdirSync(path.join(contentDir, 'corrections'))
  .sort()
  .flatMap((name) => JSON.parse(fs.readFileSync(path.join(contentDir, 'corrections', name), 'utf8')) as Correction[]);

/** content/ as it was before the corrections: each corrected field holds its previous text again. */
function contentBeforeCorrections(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-before-'));
  fs.cpSync(contentDir, dir, { recursive: true });
  fs.rmSync(path.join(dir, 'corrections'), { recursive: true });
  // Latest first: where a field was corrected twice, the earliest correction's previous text is
  // what the oldest database holds.
  for (const c of [...corrections].reverse()) {
    const file =
      c.collection === 'figures'
        ? path.join(dir, 'figures.json')
        : path.join(dir, c.collection === 'news' ? 'news' : c.collection, `${c.key}.json`);
    const data = JSON.parse(fs.readFileSync(file, 'utf8'));
    const doc = Array.isArray(data) ? data.find((d: { key: string }) => d.key === c.key) : data;
    const holder = c.field
      .split('.')
      .slice(0, -1)
      .reduce((v, name) => v[name], doc);
    const last = c.field.split('.').pop()!;
    if (c.locale) holder[last][c.locale] = c.previous;
    else holder[last] = c.previous;
    fs.writeFileSync(file, JSON.stringify(data, null, 2));
  }
  return dir;
}

const newsFound = async (cms: TestCms, slug: string, locale: 'zh' | 'en') =>
  (
    await cms.payload.find({
      collection: 'news',
      where: { slug: { equals: slug } },
      locale,
      fallbackLocale: false,
      draft: true,
      overrideAccess: true,
    })
  ).docs[0]!;

let cms: TestCms;
let before: string;
beforeAll(async () => {
  cms = await startTestCms();
  before = contentBeforeCorrections();
  await seedContent(cms.payload, before);
});
afterAll(async () => {
  await cms?.close();
  fs.rmSync(before, { recursive: true, force: true });
});

describe('seed corrections', () => {
  it('name only fields whose text really changed, in content that exists', () => {
    expect(corrections.length).toBeGreaterThan(20);
    for (const c of corrections) expect([undefined, 'zh', 'en']).toContain(c.locale);
  });

  it('reach an older database, leave what editors changed, and change nothing on a second run', async () => {
    // An editor rewrites the English title of one corrected item and the English summary of another.
    const chen = await newsFound(cms, 'chen-rong-visits-hongguang-and-huibo', 'en');
    expect(chen.title).toBe('Management Committee Director Chen Rong visits zone companies to review their needs');
    await cms.payload.update({
      collection: 'news',
      id: chen.id,
      locale: 'en',
      overrideAccess: true,
      context: { skipRevalidate: true },
      data: { title: 'Chen Rong visits two companies (editor)' },
    });
    const event = await newsFound(cms, 'digital-china-new-quality-productive-forces-investment-event', 'en');
    await cms.payload.update({
      collection: 'news',
      id: event.id,
      locale: 'en',
      overrideAccess: true,
      context: { skipRevalidate: true },
      data: { summary: 'An editor’s own summary.' },
    });
    // Another editor has an unpublished draft of the IWG item waiting.
    const iwg = await newsFound(cms, 'iwg-flexible-office-centre-agreement', 'en');
    await cms.payload.update({
      collection: 'news',
      id: iwg.id,
      locale: 'en',
      draft: true,
      overrideAccess: true,
      context: { skipRevalidate: true },
      data: { summary: 'Draft in progress.' },
    });

    const report = await seedContent(cms.payload, contentDir);
    expect(report.corrections!.created).toBeGreaterThan(20);
    expect(report.corrections).toMatchObject({
      keptEditorText: 2 + corrections.filter((c) => c.key === 'iwg-flexible-office-centre-agreement').length,
    });

    // The editor's title stays; the summary the editor wrote stays, and the corrected title and body arrive.
    expect((await newsFound(cms, 'chen-rong-visits-hongguang-and-huibo', 'en')).title).toBe('Chen Rong visits two companies (editor)');
    const eventAfter = await newsFound(cms, 'digital-china-new-quality-productive-forces-investment-event', 'en');
    expect(eventAfter.summary).toBe('An editor’s own summary.');
    expect(eventAfter.title).toContain('business representatives');
    expect(JSON.stringify(eventAfter.body)).not.toContain('hosted');
    // The Chinese of the same document is corrected on its own.
    expect((await newsFound(cms, 'digital-china-new-quality-productive-forces-investment-event', 'zh')).summary).toMatch(/^2024年6月/);
    // The document with a pending draft is left for its editor.
    expect((await newsFound(cms, 'iwg-flexible-office-centre-agreement', 'en')).summary).toBe('Draft in progress.');

    // A group's field is corrected without emptying the group's other fields.
    const office = (
      await cms.payload.find({
        collection: 'offices',
        where: { slug: { equals: 'iwg-flexible-office-centre' } },
        locale: 'en',
        fallbackLocale: false,
        overrideAccess: true,
      })
    ).docs[0]!;
    expect(office.partner).toMatchObject({
      foundedIn: 'Brussels, Belgium',
      foundedYear: 1989,
      listedOn: 'London Stock Exchange',
      centres: '4,000',
    });
    // Figures (no drafts) and projects are corrected too, in each language.
    const total = (
      await cms.payload.find({ collection: 'figures', where: { key: { equals: 'total-investment' } }, locale: 'en', overrideAccess: true })
    ).docs[0]!;
    expect(total.label).toBe('Total planned investment');
    const jinbei = (
      await cms.payload.find({
        collection: 'projects',
        where: { slug: { equals: 'jinbei-electric-phase-iii' } },
        locale: 'zh',
        overrideAccess: true,
      })
    ).docs[0]!;
    expect(jinbei.summary).not.toContain('年内');

    // Dates: the event's and the source's apart, filled in where the older seed had none.
    const results = await newsFound(cms, 'january-august-2024-investment-results', 'zh');
    expect(results).toMatchObject({ eventDate: null, sourceDate: '2024-09-03T16:00:00.000Z' });
    // The item with a pending draft gets its dates from its editor too.
    expect((await newsFound(cms, 'iwg-flexible-office-centre-agreement', 'zh')).eventDate ?? null).toBeNull();
    const chenAfter = await newsFound(cms, 'chen-rong-visits-hongguang-and-huibo', 'zh');
    expect(chenAfter).toMatchObject({ eventDate: '2024-08-22T16:00:00.000Z', publishedAt: '2024-09-03T16:00:00.000Z' });
    expect(jinbei.sourceDate).toBe('2024-09-03T16:00:00.000Z');

    const again = await seedContent(cms.payload, contentDir);
    expect(again.corrections!.created).toBe(0);
    const { created: _created, ...rest } = again.corrections!;
    expect(rest).toMatchObject({ keptEditorText: report.corrections!.keptEditorText });
  });
});
