import { createLocalReq } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDate } from '#common/chinaTime.ts';
import { sweepObligations } from '../../cms/src/jobs/obligationSweep';
import { graphQL } from '../helpers/graphql';
import { newKey, publishInquiryIndustries, validInquiry } from '../helpers/inquiries';
import { authHeader, makeUser, startTestCms, type TestCms } from '../helpers/payload';
import { startLeadMailServer, type TestSmtpServer } from '../helpers/smtp';
import { waitFor } from '../helpers/waitFor';

// The bureau's pipeline on a real database, jobs queue and SMTP server: a project's band, who sees
// which project (task forces, officer, zone leader), the ledger's validation, an inquiry turned into
// a project, and the contract ledger's daily round on a clock the test gives it.
let cms: TestCms;
let smtp: TestSmtpServer;
type User = Awaited<ReturnType<typeof makeUser>>;
let zhang: User; // officer of the first park's task force
let li: User; // officer of the second park's task force
let leader: User; // a zone leader (an officer account)
let editor: User;
const headers = {} as Record<'admin' | 'zhang' | 'li' | 'leader' | 'editor', Record<string, string>>;
const parks: (number | string)[] = [];

beforeAll(async () => {
  smtp = await startLeadMailServer();
  cms = await startTestCms(undefined, { jobRunner: true });
  const { payload } = cms;
  await publishInquiryIndustries(payload);
  for (const slug of ['park-one', 'park-two'])
    parks.push(
      (await payload.create({ collection: 'parks', overrideAccess: true, data: { name: slug, slug, _status: 'published' } as never })).id,
    );
  const admin = await makeUser(payload, 'admin', 'Admin Wang');
  zhang = await makeUser(payload, 'investment-officer', 'Officer Zhang');
  li = await makeUser(payload, 'investment-officer', 'Officer Li');
  leader = await makeUser(payload, 'investment-officer', 'Leader Zhao');
  editor = await makeUser(payload, 'editor', 'Editor Wu');
  await payload.update({ collection: 'users', id: zhang.id, overrideAccess: true, data: { taskForce: [parks[0]] } as never });
  await payload.update({ collection: 'users', id: li.id, overrideAccess: true, data: { taskForce: [parks[1]] } as never });
  headers.admin = await authHeader(payload, admin);
  headers.zhang = await authHeader(payload, zhang);
  headers.li = await authHeader(payload, li);
  headers.leader = await authHeader(payload, leader);
  headers.editor = await authHeader(payload, editor);
}, 240_000);
afterAll(async () => {
  await cms?.close();
  await smtp?.stop();
});

const makeProject = (data: Record<string, unknown>) =>
  cms.payload.create({
    collection: 'investment-projects',
    overrideAccess: true,
    data: { name: 'Project', source: 'department', ...data } as never,
  });

const listIds = async (who: keyof typeof headers) => {
  const response = await cms.api('GET', '/investment-projects?limit=100&depth=0', { headers: headers[who] });
  if (response.status !== 200) return response.status;
  return ((await response.json()) as { docs: { id: number }[] }).docs.map((doc) => doc.id).sort();
};

describe('an investment project', () => {
  it('is banded by its planned investment on every save, whatever the caller sends as its band', async () => {
    const bands: [number | null, string | null][] = [
      [100_000_000, 'major'],
      [99_999_999, 'medium'],
      [20_000_000, 'medium'],
      [19_999_999, 'small'],
      [0, 'small'],
      [null, null],
    ];
    for (const [amount, band] of bands) {
      const response = await cms.api('POST', '/investment-projects?depth=0', {
        headers: headers.zhang,
        body: { name: `Band ${amount}`, source: 'event', plannedInvestmentCny: amount, band: 'major' },
      });
      expect(response.status, String(amount)).toBe(201);
      const { doc } = (await response.json()) as { doc: { id: number; band: string | null; officer: number; enteredOn: string } };
      expect(doc.band ?? null, String(amount)).toBe(band);
      // The officer who enters a project is its officer; it entered the ledger today (China).
      expect(doc.officer).toBe(zhang.id);
      expect(chinaDate(doc.enteredOn)).toBe(chinaDate(new Date()));
    }
    const project = await makeProject({ plannedInvestmentCny: 150_000_000 });
    const jobsOnly = await cms.payload.update({
      collection: 'investment-projects',
      id: project.id,
      overrideAccess: true,
      data: { jobs: 30 },
    });
    expect(jobsOnly.band).toBe('major');
    const smaller = await cms.payload.update({
      collection: 'investment-projects',
      id: project.id,
      overrideAccess: true,
      data: { plannedInvestmentCny: 5_000_000 },
    });
    expect(smaller.band).toBe('small');
  });

  it('refuses a negative amount and a waived obligation without a reason, field by field in both languages', async () => {
    const response = await cms.api('POST', '/investment-projects', {
      headers: headers.zhang,
      body: {
        name: 'Bad',
        source: 'mission',
        plannedInvestmentCny: -1,
        obligations: [{ kind: 'jobs', dueOn: '2027-01-31', status: 'waived' }],
      },
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { data: { errors: { path: string; message: string }[] } }[] };
    expect(body.errors[0]!.data.errors).toEqual(
      expect.arrayContaining([
        { path: 'plannedInvestmentCny', message: '不能为负数 / must not be negative', label: expect.anything() },
        { path: 'obligations.0.waivedReason', message: '豁免时须填写理由 / give the reason for waiving', label: expect.anything() },
      ]),
    );
    const waived = await cms.api('POST', '/investment-projects?depth=0', {
      headers: headers.zhang,
      body: {
        name: 'Waived',
        source: 'mission',
        obligations: [{ kind: 'jobs', dueOn: '2027-01-31', status: 'waived', waivedReason: 'Market' }],
      },
    });
    expect(waived.status).toBe(201);
  });

  it('is seen by the officers of its park’s task force, its officer and its zone leader, by no other officer and nobody outside the bureau', async () => {
    const inParkOne = await makeProject({ name: 'In park one', park: parks[0] });
    const inParkTwo = await makeProject({ name: 'In park two', park: parks[1] });
    const zhangs = await makeProject({ name: 'Zhang’s, in park two', park: parks[1], officer: zhang.id });
    const led = await makeProject({ name: 'Led by Zhao', zoneLeader: leader.id });
    const zhangSees = await listIds('zhang');
    expect(zhangSees).toEqual(expect.arrayContaining([inParkOne.id, zhangs.id]));
    expect(zhangSees).not.toContain(inParkTwo.id);
    expect(zhangSees).not.toContain(led.id);
    expect(await listIds('li')).toEqual(expect.arrayContaining([inParkTwo.id, zhangs.id]));
    expect(await listIds('li')).not.toContain(inParkOne.id);
    expect(await listIds('leader')).toEqual([led.id]);
    expect(await listIds('editor')).toBe(403);
    expect((await cms.api('GET', `/investment-projects/${inParkOne.id}`, { headers: headers.li })).status).toBe(404);
    expect((await cms.api('PATCH', `/investment-projects/${inParkOne.id}`, { headers: headers.li, body: { jobs: 1 } })).status).toBe(403);
    expect((await cms.api('PATCH', `/investment-projects/${inParkOne.id}`, { headers: headers.zhang, body: { jobs: 1 } })).status).toBe(
      200,
    );
    expect((await cms.api('DELETE', `/investment-projects/${inParkOne.id}`, { headers: headers.zhang })).status).toBe(403);
    // Its history (every save is a version) follows the same rule.
    const versions = async (who: keyof typeof headers) =>
      (
        (await (
          await cms.api('GET', `/investment-projects/versions?where[parent][equals]=${inParkOne.id}`, { headers: headers[who] })
        ).json()) as { totalDocs: number }
      ).totalDocs;
    expect(await versions('zhang')).toBe(2);
    expect(await versions('li')).toBe(0);
    // As the CMS loads a signed-in user: with their task forces.
    const liNow = await cms.payload.findByID({ collection: 'users', id: li.id, depth: 0, overrideAccess: true });
    const viaGraphQL = await graphQL(cms.payload, liNow, '{ InvestmentProjects(limit: 100) { docs { name } } }');
    const names = (viaGraphQL.data as { InvestmentProjects: { docs: { name: string }[] } }).InvestmentProjects.docs.map((doc) => doc.name);
    expect(names).toContain('In park two');
    expect(names).not.toContain('In park one');
  });

  it('lets only administrators say which task forces an officer belongs to', async () => {
    const own = await cms.api('PATCH', `/users/${li.id}?depth=0`, { headers: headers.li, body: { taskForce: [parks[0], parks[1]] } });
    expect(own.status).toBe(200);
    const after = await cms.payload.findByID({ collection: 'users', id: li.id, depth: 0, overrideAccess: true });
    expect(after.taskForce).toEqual([parks[1]]);
  });
});

describe('turning an inquiry into a project', () => {
  const submit = (data: Record<string, unknown> = {}) =>
    cms.payload.create({
      collection: 'inquiries',
      overrideAccess: true,
      data: { ...validInquiry, idempotencyKey: newKey(), ...data } as never,
    });

  it('waits until the lead is qualified, then copies it once, keeps the link and says so on the inquiry’s timeline', async () => {
    const lead = await submit({ park: parks[0], owner: zhang.id, industry: validInquiry.industry });
    const early = await cms.api('POST', `/inquiries/${lead.id}/project`, { headers: headers.zhang });
    expect(early.status).toBe(400);
    expect(JSON.stringify(await early.json())).toContain('qualify the inquiry first');
    await cms.payload.update({ collection: 'inquiries', id: lead.id, overrideAccess: true, data: { stage: 'qualified' } });
    const made = await cms.api('POST', `/inquiries/${lead.id}/project`, { headers: headers.zhang });
    expect(made.status).toBe(201);
    const { project } = (await made.json()) as { project: { id: number } };
    const again = await cms.api('POST', `/inquiries/${lead.id}/project`, { headers: headers.zhang });
    expect(again.status).toBe(200);
    expect(((await again.json()) as { project: { id: number } }).project.id).toBe(project.id);
    expect(
      (await cms.payload.count({ collection: 'investment-projects', where: { inquiry: { equals: lead.id } }, overrideAccess: true }))
        .totalDocs,
    ).toBe(1);
    const doc = await cms.payload.findByID({ collection: 'investment-projects', id: project.id, depth: 1, overrideAccess: true });
    expect(doc).toMatchObject({
      name: validInquiry.company,
      company: validInquiry.company,
      source: 'inquiry',
      sourceDetail: lead.reference,
      stage: 'negotiating',
      inquiry: { id: lead.id },
      park: { id: parks[0] },
      officer: { id: zhang.id },
      industry: { slug: validInquiry.industry },
    });
    const timeline = await cms.payload.find({
      collection: 'inquiry-activities',
      where: { and: [{ inquiry: { equals: lead.id } }, { action: { equals: 'project' } }] },
      overrideAccess: true,
      depth: 0,
    });
    expect(timeline.docs).toHaveLength(1);
    expect(timeline.docs[0]!.summary).toEqual({
      zh: `已转为招商项目：${validInquiry.company}`,
      en: `Turned into the investment project ${validInquiry.company}`,
    });
    expect(timeline.docs[0]!.actor).toBe(zhang.id);
  });

  it('is for the bureau only, and an unknown inquiry is a 404', async () => {
    const lead = await submit({ stage: 'qualified' });
    expect((await cms.api('POST', `/inquiries/${lead.id}/project`, { headers: headers.editor })).status).toBe(403);
    expect((await cms.api('POST', `/inquiries/${lead.id}/project`)).status).toBe(403);
    expect((await cms.api('POST', '/inquiries/987654/project', { headers: headers.zhang })).status).toBe(404);
  });
});

describe('the contract ledger’s daily round', () => {
  /** One round through the jobs queue at `now`, waited for until done. */
  async function sweepAt(now: string) {
    const job = await cms.payload.jobs.queue({ task: 'obligationSweep', input: { now } });
    await waitFor(async () => {
      const found = await cms.payload.find({ collection: 'payload-jobs', where: { id: { equals: job.id } }, overrideAccess: true });
      const done = found.docs[0];
      return !done || done.completedAt ? true : undefined;
    }, `the round at ${now}`);
  }
  const noticesOf = (project: string) => smtp.messages.filter((m) => m.subject?.includes(project));
  const rows = async (id: number | string) =>
    (await cms.payload.findByID({ collection: 'investment-projects', id, depth: 0, overrideAccess: true })).obligations ?? [];
  const count = async (who: keyof typeof headers, where: string) =>
    ((await (await cms.api('GET', `/investment-projects?${where}`, { headers: headers[who] })).json()) as { totalDocs: number }).totalDocs;

  it('mails the officer and the zone leader on the due day, once, and marks the obligation late after it', async () => {
    // Due in 2027, so the hourly round on the real clock leaves it alone.
    const project = await makeProject({
      name: 'Magnesium plant',
      park: parks[0],
      officer: zhang.id,
      zoneLeader: leader.id,
      stage: 'signed',
      signedOn: '2027-01-05',
      obligations: [
        { kind: 'constructionStart', description: 'Break ground', dueOn: '2027-03-10' },
        { kind: 'jobs', target: 200, dueOn: '2027-06-30' },
      ],
    });
    // 07:00 in China on the due day: before the morning's round.
    await sweepAt('2027-03-09T23:00:00.000Z');
    expect((await rows(project.id)).map((row) => [row.status, row.remindedOn ?? null])).toEqual([
      ['open', null],
      ['open', null],
    ]);
    // 09:00 in China on the due day.
    await sweepAt('2027-03-10T01:00:00.000Z');
    const notices = await waitFor(
      () => (noticesOf('Magnesium plant').length >= 2 ? noticesOf('Magnesium plant') : undefined),
      'two notices',
    );
    expect(notices.map((m) => (m.to as { text: string }).text).sort()).toEqual([leader.email, zhang.email].sort());
    expect(notices[0]!.subject).toBe('履约事项到期 / Obligation due 2027-03-10: Magnesium plant – 开工 / Construction start');
    expect(notices[0]!.text).toContain('Break ground');
    let now = await rows(project.id);
    expect(now.map((row) => [row.status, row.remindedOn ? chinaDate(row.remindedOn) : null])).toEqual([
      ['open', '2027-03-10'],
      ['open', null],
    ]);
    // Later the same day: no second notice.
    await sweepAt('2027-03-10T09:00:00.000Z');
    // The next day (China): late, and no new mail.
    await sweepAt('2027-03-11T01:00:00.000Z');
    now = await rows(project.id);
    expect(now.map((row) => row.status)).toEqual(['late', 'open']);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(noticesOf('Magnesium plant')).toHaveLength(2);
    // The lists: the officer's, the leader's, nobody else's.
    const late = 'where[obligations.status][equals]=late';
    expect(await count('zhang', `where[and][0][obligations.status][equals]=late&where[and][1][officer][equals]=${zhang.id}`)).toBe(1);
    expect(await count('leader', `where[and][0][obligations.status][equals]=late&where[and][1][zoneLeader][equals]=${leader.id}`)).toBe(1);
    expect(await count('li', late)).toBe(0);
    // Each change of the round is kept in the project's history.
    const history = await cms.payload.findVersions({
      collection: 'investment-projects',
      where: { parent: { equals: project.id } },
      overrideAccess: true,
      sort: 'createdAt',
    });
    expect(history.docs.map((v) => v.version.obligations?.[0]?.status)).toEqual(['open', 'open', 'late']);
  });

  it('sends one notice when two rounds run at the same moment (two CMS processes on one queue)', async () => {
    const project = await makeProject({
      name: 'Graphite line',
      park: parks[0],
      officer: zhang.id,
      stage: 'signed',
      signedOn: '2027-01-05',
      obligations: [{ kind: 'production', description: 'First output', dueOn: '2027-07-07' }],
    });
    const now = new Date('2027-07-07T01:00:00.000Z');
    // Both rounds read the project before either saves it (other projects' late obligations
    // may be in the rounds too: only this project's notices are counted).
    await Promise.all([
      sweepObligations(await createLocalReq({}, cms.payload), now),
      sweepObligations(await createLocalReq({}, cms.payload), now),
    ]);
    await waitFor(() => noticesOf('Graphite line')[0], 'the notice');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(noticesOf('Graphite line')).toHaveLength(1);
    expect((await rows(project.id)).map((row) => (row.remindedOn ? chinaDate(row.remindedOn) : null))).toEqual(['2027-07-07']);
  });
});

describe('the year’s ledger', () => {
  it('lists the projects signed that year in the caller’s language, as CSV', async () => {
    await makeProject({
      name: 'Signed in 2026',
      stage: 'signed',
      signedOn: '2026-12-31',
      plannedInvestmentCny: 30_000_000,
      park: parks[0],
    });
    await makeProject({ name: 'Signed in 2027', stage: 'signed', signedOn: '2027-01-01', park: parks[0] });
    const en = await cms.api('GET', '/investment-projects/ledger.csv?year=2026', { headers: headers.zhang });
    expect(en.status).toBe(200);
    expect(en.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await en.arrayBuffer());
    // A byte-order mark first, so spreadsheets read the Chinese as UTF-8.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const enText = new TextDecoder().decode(bytes);
    expect(enText.split('\r\n')[0]).toBe(
      '"Project","Company","Park","Officer","Zone leader","Signed","Contract amount (CNY)","Planned investment (CNY)","Band","Stage","Construction started","Production started","Obligations"',
    );
    expect(enText).toContain('"Signed in 2026","","park-one","","","2026-12-31","","30000000","¥20–100 million","Signed"');
    expect(enText).not.toContain('Signed in 2027');
    const zh = await cms.api('GET', '/investment-projects/ledger.csv?year=2026', {
      headers: { ...headers.zhang, 'accept-language': 'zh' },
    });
    const zhText = await zh.text();
    expect(zhText.split('\r\n')[0]).toContain('"项目名称","企业","园区"');
    expect(zhText).toContain('"2000万元至1亿元","已签约"');
    // Another task force's officer: the headings only.
    const li2026 = await (await cms.api('GET', '/investment-projects/ledger.csv?year=2026', { headers: headers.li })).text();
    expect(li2026).not.toContain('Signed in 2026');
    expect((await cms.api('GET', '/investment-projects/ledger.csv?year=2026', { headers: headers.editor })).status).toBe(403);
  });
});
