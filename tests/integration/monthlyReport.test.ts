import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReport } from '../../cms/src/report/loadReport';
import { parsePeriod, type Period } from '../../cms/src/report/period';
import { newKey, publishInquiryIndustries, validInquiry } from '../helpers/inquiries';
import { authHeader, makeUser, startTestCms, type TestCms } from '../helpers/payload';

// The monthly report on a real database, read as the bureau reads it: a month's bands and sums
// with projects that cross month boundaries (China's calendar), a quarter as its months added up,
// CSV in both admin languages, and who gets which projects; then publishing a period's figures to
// the public figures and a project as a public project page.
let cms: TestCms;
let admin: Awaited<ReturnType<typeof makeUser>>;
let officerNorth: Awaited<ReturnType<typeof makeUser>>;
let officerSouth: Awaited<ReturnType<typeof makeUser>>;
const headers: Record<'admin' | 'north' | 'south' | 'editor' | 'service', Record<string, string>> = {} as never;
const parks: Record<'north' | 'south', number | string> = {} as never;
let industry: number | string;

const period = (text: string) => parsePeriod(text) as Period;

const project = (data: Record<string, unknown>) =>
  cms.payload.create({ collection: 'investment-projects', overrideAccess: true, data: { source: 'department', ...data } as never });

beforeAll(async () => {
  cms = await startTestCms();
  const { payload } = cms;
  await publishInquiryIndustries(payload);
  industry = (await payload.find({ collection: 'industries', where: { slug: { equals: 'clean-energy' } }, overrideAccess: true })).docs[0]!
    .id;
  for (const key of ['north', 'south'] as const)
    parks[key] = (
      await payload.create({
        collection: 'parks',
        overrideAccess: true,
        data: { name: `${key} park`, slug: `${key}-park`, _status: 'published' } as never,
      })
    ).id;
  admin = await makeUser(payload, 'admin', 'Admin');
  officerNorth = await makeUser(payload, 'investment-officer', 'Officer North');
  officerSouth = await makeUser(payload, 'investment-officer', 'Officer South');
  for (const [officer, park] of [
    [officerNorth, parks.north],
    [officerSouth, parks.south],
  ] as const)
    await payload.update({ collection: 'users', id: officer.id, overrideAccess: true, data: { taskForce: [park as number] } });
  // The report reads as the signed-in user is, task forces included.
  officerNorth = await payload.findByID({ collection: 'users', id: officerNorth.id, overrideAccess: true, depth: 0 });
  officerSouth = await payload.findByID({ collection: 'users', id: officerSouth.id, overrideAccess: true, depth: 0 });
  headers.admin = await authHeader(payload, admin);
  headers.north = await authHeader(payload, officerNorth);
  headers.south = await authHeader(payload, officerSouth);
  headers.editor = await authHeader(payload, await makeUser(payload, 'editor'));
  headers.service = await authHeader(payload, await makeUser(payload, 'site-service'));

  // Entered (from an inquiry) on 31 October, signed on 1 November: October's conversion, November's signing.
  const inquiry = await payload.create({
    collection: 'inquiries',
    overrideAccess: true,
    data: { ...validInquiry, idempotencyKey: newKey(), park: parks.north } as never,
  });
  await project({
    name: 'Hydrogen plant',
    source: 'inquiry',
    inquiry: inquiry.id,
    park: parks.north,
    industry,
    plannedInvestmentCny: 2_000_000_000,
    contractAmountCny: 1_800_000_000,
    stage: 'signed',
    enteredOn: '2026-10-31',
    signedOn: '2026-11-01',
    obligations: [
      { kind: 'investment', dueOn: '2026-11-20', status: 'late' },
      { kind: 'constructionStart', dueOn: '2026-11-25', status: 'met', metOn: '2026-11-24' },
      { kind: 'jobs', dueOn: '2026-12-10', status: 'open' },
    ],
  });
  // ¥50 million, signed on the last day of November, construction from 1 December.
  await project({
    name: 'Motor line',
    park: parks.south,
    plannedInvestmentCny: 50_000_000,
    stage: 'construction',
    enteredOn: '2026-11-02',
    signedOn: '2026-11-30',
    constructionStartedOn: '2026-12-01',
  });
  // Exactly ¥20 million is medium; ¥19,999,999 is small; signed in December.
  await project({
    name: 'Sensors',
    park: parks.south,
    plannedInvestmentCny: 20_000_000,
    stage: 'signed',
    enteredOn: '2026-12-01',
    signedOn: '2026-12-02',
  });
  await project({
    name: 'Workshop',
    park: parks.north,
    plannedInvestmentCny: 19_999_999,
    stage: 'signed',
    enteredOn: '2026-12-01',
    signedOn: '2026-12-03',
  });
  // Signed in November but dropped since: not counted.
  await project({
    name: 'Dropped',
    park: parks.north,
    plannedInvestmentCny: 500_000_000,
    stage: 'dropped',
    enteredOn: '2026-11-03',
    signedOn: '2026-11-15',
  });
  await payload.create({
    collection: 'promotion-activities',
    overrideAccess: true,
    data: { kind: 'mission', title: 'Shenzhen mission', startsOn: '2026-11-10' },
  });
  await payload.create({
    collection: 'promotion-activities',
    overrideAccess: true,
    data: { kind: 'event', title: 'Fair', startsOn: '2026-10-30', endsOn: '2026-11-02' },
  });
}, 240_000);
afterAll(async () => {
  await cms?.close();
});

const csv = async (query: string, who: keyof typeof headers, lang: 'zh' | 'en' = 'en') => {
  const response = await cms.api('GET', `/monthly-report.csv?${query}`, { headers: { ...headers[who], 'accept-language': lang } });
  const bytes = new Uint8Array(await response.arrayBuffer());
  // Decoding drops the byte-order mark; it is there for spreadsheets.
  if (response.status === 200) expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return { status: response.status, text: new TextDecoder().decode(bytes) };
};

describe('the monthly report of the ledger', () => {
  it('counts a month’s signed projects in the article’s bands, with their total investment', async () => {
    const { report } = await loadReport(cms.payload, admin, period('2026-11'));
    const signed = report.total.signed;
    expect(signed.major).toEqual({ count: 1, investmentCny: 2_000_000_000, contractCny: 1_800_000_000 });
    expect(signed.medium).toEqual({ count: 1, investmentCny: 50_000_000, contractCny: 0 });
    expect(signed.small.count).toBe(0);
    expect(signed.total).toEqual({ count: 2, investmentCny: 2_050_000_000, contractCny: 1_800_000_000 });
    expect(report.total.obligations.due.map((o) => o.kind)).toEqual(['investment', 'constructionStart']);
    expect(report.total.obligations.late.map((o) => o.kind)).toEqual(['investment']);
    expect(report.total.obligations.met.map((o) => o.kind)).toEqual(['constructionStart']);
    expect(report.total.activities).toMatchObject({ missions: 1, events: 0 });
  });

  it('places a project that crosses a month boundary in the month of each of its days', async () => {
    const october = (await loadReport(cms.payload, admin, period('2026-10'))).report.total;
    const november = (await loadReport(cms.payload, admin, period('2026-11'))).report.total;
    const december = (await loadReport(cms.payload, admin, period('2026-12'))).report.total;
    expect(october.converted.map((p) => p.name)).toEqual(['Hydrogen plant']);
    expect(october.signed.total.count).toBe(0);
    expect(november.converted).toEqual([]);
    expect(november.constructionStarted).toEqual([]);
    expect(december.constructionStarted.map((p) => p.name)).toEqual(['Motor line']);
    expect(december.signed.medium).toMatchObject({ count: 1, investmentCny: 20_000_000 });
    expect(december.signed.small).toMatchObject({ count: 1, investmentCny: 19_999_999 });
    expect(december.obligations.due.map((o) => o.kind)).toEqual(['jobs']);
  });

  it('adds a quarter up from its months', async () => {
    const { report } = await loadReport(cms.payload, admin, period('2026-Q4'));
    expect(report.months.map((m) => m.signed.total.count)).toEqual([0, 2, 2]);
    expect(report.total.signed.total).toEqual({ count: 4, investmentCny: 2_089_999_999, contractCny: 1_800_000_000 });
    expect(report.total.activities).toMatchObject({ missions: 1, events: 1 });
  });

  it('counts the month’s new leads: the inquiries received and the projects entered directly, not the converted ones again', async () => {
    const now = (await loadReport(cms.payload, admin, parsePeriod(new Date().toISOString().slice(0, 4)) as Period)).report.total;
    // The inquiry of this test was received today; it is a lead once (its project is not a second one).
    expect(now.newLeads.bySource.inquiry).toBe(1);
    expect(now.firstResponse.received).toBe(1);
    const november = (await loadReport(cms.payload, admin, period('2026-11'))).report.total;
    expect(november.newLeads.bySource).toEqual({ department: 2 });
    expect(november.newLeads.byPark).toEqual({ [String(parks.south)]: 1, [String(parks.north)]: 1 });
  });

  it('gives each officer the report of the projects they may see, and nobody else any', async () => {
    const north = (await loadReport(cms.payload, officerNorth, period('2026-11'))).report.total;
    expect(north.signed.projects.map((p) => p.name)).toEqual(['Hydrogen plant']);
    const south = (await loadReport(cms.payload, officerSouth, period('2026-11'))).report.total;
    expect(south.signed.projects.map((p) => p.name)).toEqual(['Motor line']);
    expect(south.obligations.due).toEqual([]);
    expect((await csv('period=2026-11&table=signed-projects', 'south')).text).not.toContain('Hydrogen plant');
    for (const who of ['editor', 'service'] as const) expect((await csv('period=2026-11&table=signed-projects', who)).status).toBe(403);
    expect((await cms.api('GET', '/monthly-report.csv?period=2026-11&table=signed-projects')).status).toBe(403);
  });

  it('writes each table as CSV in the admin language, amounts in plain yuan', async () => {
    const en = await csv('period=2026-11&table=signed-by-band', 'admin', 'en');
    expect(en.status).toBe(200);
    expect(en.text.split('\r\n')).toEqual([
      '"Band","Projects","Planned investment (CNY)","Contract amount (CNY)"',
      '"¥100 million or more","1","2000000000","1800000000"',
      '"¥20–100 million","1","50000000","0"',
      '"Under ¥20 million","0","0","0"',
      '"Investment not recorded","0","0","0"',
      '"Total","2","2050000000","1800000000"',
      '',
    ]);
    const zh = await csv('period=2026-Q4&table=by-month', 'admin', 'zh');
    expect(zh.text).toContain('"月份","新线索"');
    expect(zh.text).toContain('"2026-12"');
    expect(zh.text).toContain('"合计"');
  });

  it('refuses a period or table it does not know with a field error in both languages', async () => {
    const badPeriod = await cms.api('GET', '/monthly-report.csv?period=2026-13&table=signed-by-band', { headers: headers.admin });
    expect(badPeriod.status).toBe(400);
    expect(JSON.stringify(await badPeriod.json())).toContain('统计期无效');
    const badTable = await cms.api('GET', '/monthly-report.csv?period=2026-11&table=nope', { headers: headers.admin });
    expect(badTable.status).toBe(400);
    expect(JSON.stringify(await badTable.json())).toMatch(/没有此表格.*no such table/);
  });
});

describe('publishing a period’s figures', () => {
  const ledgerFigures = async (locale: 'zh' | 'en') =>
    (
      await cms.payload.find({
        collection: 'figures',
        where: { series: { equals: 'ledger-2026-11' } },
        locale,
        sort: 'order',
        overrideAccess: true,
        depth: 0,
      })
    ).docs;

  it('is for administrators only', async () => {
    for (const who of ['north', 'editor', 'service'] as const) {
      const response = await cms.api('POST', '/ledger-figures/publish', { headers: headers[who], body: { period: '2026-11' } });
      expect(response.status).toBe(403);
    }
    expect(await ledgerFigures('zh')).toEqual([]);
  });

  it('creates the public figures of the period with its days and the source “bureau ledger” in both languages', async () => {
    const response = await cms.api('POST', '/ledger-figures/publish', { headers: headers.admin, body: { period: '2026-11' } });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { figures: { created: boolean }[] }).figures.map((f) => f.created)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    const zh = await ledgerFigures('zh');
    expect(zh.map((f) => [f.key, f.value, f.unit])).toEqual([
      ['ledger-2026-11-projects-100m-plus', 1, 'projects'],
      ['ledger-2026-11-projects-20m-100m', 1, 'projects'],
      ['ledger-2026-11-total-investment', 2_050_000_000, 'cny'],
      ['ledger-2026-11-missions', 1, 'missions'],
    ]);
    expect(zh[0]).toMatchObject({ label: '签约亿元以上项目', periodLabel: '2026年11月', source: '招商局台账' });
    expect(zh[0]!.periodStart.slice(0, 10)).toBe('2026-11-01');
    expect(zh[0]!.periodEnd.slice(0, 10)).toBe('2026-11-30');
    const en = await ledgerFigures('en');
    expect(en[0]).toMatchObject({
      label: 'Projects of ¥100 million or more signed',
      periodLabel: 'November 2026',
      source: 'Bureau ledger',
    });
    // The site reads them like any figure (anyone may read figures).
    const anonymous = await cms.api('GET', '/figures?where[series][equals]=ledger-2026-11&locale=en&depth=0');
    expect(((await anonymous.json()) as { totalDocs: number }).totalDocs).toBe(4);
  });

  it('replaces the same figures when published again, so site and ledger agree', async () => {
    await project({
      name: 'Late signing',
      park: parks.north,
      plannedInvestmentCny: 300_000_000,
      stage: 'signed',
      enteredOn: '2026-11-20',
      signedOn: '2026-11-21',
    });
    const response = await cms.api('POST', '/ledger-figures/publish', { headers: headers.admin, body: { period: '2026-11' } });
    expect(((await response.json()) as { figures: { created: boolean }[] }).figures.map((f) => f.created)).toEqual([
      false,
      false,
      false,
      false,
    ]);
    const zh = await ledgerFigures('zh');
    expect(zh.map((f) => f.value)).toEqual([2, 1, 2_350_000_000, 1]);
  });

  it('keeps a ledger figure’s numbers from hand edits, while its label and home-page flag stay the editors’', async () => {
    const [figure] = await ledgerFigures('zh');
    const edit = await cms.api('PATCH', `/figures/${figure!.id}?locale=zh`, { headers: headers.editor, body: { value: 99 } });
    expect(edit.status).toBe(400);
    expect(JSON.stringify(await edit.json())).toContain('此数据由招商局台账发布');
    const feature = await cms.api('PATCH', `/figures/${figure!.id}?locale=zh`, {
      headers: headers.editor,
      body: { featured: true, label: '亿元以上签约项目' },
    });
    expect(feature.status).toBe(200);
    const typed = await cms.api('POST', '/figures?locale=zh', {
      headers: headers.editor,
      body: {
        key: 'ledger-2026-12-missions',
        label: 'x',
        value: 1,
        unit: 'missions',
        series: 's',
        periodStart: '2026-12-01',
        periodEnd: '2026-12-31',
        periodLabel: 'x',
        source: 'x',
      },
    });
    expect(typed.status).toBe(400);
    expect(JSON.stringify(await typed.json())).toContain('kept for figures published from the bureau ledger');
  });

  it('leaves hand-typed figures with their own source alone', async () => {
    const typed = await cms.api('POST', '/figures?locale=zh', {
      headers: headers.editor,
      body: {
        key: 'article-missions',
        label: '外出招商',
        value: 3,
        unit: 'missions',
        series: 'investment-2024',
        periodStart: '2024-01-01',
        periodEnd: '2024-08-31',
        periodLabel: '2024年1—8月',
        source: '湖南日报，2024年9月4日',
      },
    });
    expect(typed.status).toBe(201);
    await cms.api('POST', '/ledger-figures/publish', { headers: headers.admin, body: { period: '2026-11' } });
    const kept = await cms.payload.find({
      collection: 'figures',
      where: { key: { equals: 'article-missions' } },
      locale: 'zh',
      overrideAccess: true,
    });
    expect(kept.docs[0]).toMatchObject({ value: 3, source: '湖南日报，2024年9月4日' });
  });

  it('refuses a period it does not know, in both languages', async () => {
    const response = await cms.api('POST', '/ledger-figures/publish', { headers: headers.admin, body: { period: 'last month' } });
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toMatch(/统计期无效.*not a period/);
  });
});

describe('publishing a project as a public project page', () => {
  it('publishes name, industry, park and stage, and the investment only when the bureau shows it', async () => {
    const signed = await project({
      name: '氢能装备项目',
      park: parks.north,
      industry,
      plannedInvestmentCny: 1_000_000_000,
      stage: 'construction',
      enteredOn: '2026-11-01',
      signedOn: '2026-11-02',
    });
    for (const who of ['north', 'editor'] as const)
      expect((await cms.api('POST', `/investment-projects/${signed.id}/public-page`, { headers: headers[who] })).status).toBe(403);
    const first = await cms.api('POST', `/investment-projects/${signed.id}/public-page`, { headers: headers.admin });
    expect(first.status).toBe(200);
    const { project: page, created } = (await first.json()) as { project: { id: number }; created: boolean };
    expect(created).toBe(true);
    const read = async () => (await cms.api('GET', `/projects/${page.id}?locale=zh&depth=0`)).json() as Promise<Record<string, unknown>>;
    expect(await read()).toMatchObject({
      name: '氢能装备项目',
      stage: 'under-construction',
      industry,
      park: parks.north,
      investmentCny: null,
      source: '招商局台账',
      _status: 'published',
    });
    const linked = await cms.payload.findByID({ collection: 'investment-projects', id: signed.id, overrideAccess: true, depth: 0 });
    expect(linked.publicProject).toBe(page.id);

    await cms.payload.update({
      collection: 'investment-projects',
      id: signed.id,
      overrideAccess: true,
      data: { showInvestment: true, stage: 'production' },
    });
    // An editor cites the page's own source meanwhile; publishing again keeps it.
    await cms.payload.update({
      collection: 'projects',
      id: page.id,
      locale: 'zh',
      overrideAccess: true,
      data: { source: '湖南日报，2024年9月4日' },
    });
    const again = await cms.api('POST', `/investment-projects/${signed.id}/public-page`, { headers: headers.admin });
    expect(((await again.json()) as { created: boolean; project: { id: number } }).project.id).toBe(page.id);
    expect(await read()).toMatchObject({ stage: 'in-production', investmentCny: 1_000_000_000, source: '湖南日报，2024年9月4日' });
  });

  it('refuses a project not yet signed, with a field error in both languages', async () => {
    const lead = await project({ name: 'Just a lead', stage: 'negotiating', enteredOn: '2026-11-01' });
    const response = await cms.api('POST', `/investment-projects/${lead.id}/public-page`, { headers: headers.admin });
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toMatch(/只有已签约.*only a signed/);
  });
});
