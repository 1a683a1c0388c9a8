import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requiredProspectFields } from '#common/inquiryOptions.ts';
import { graphQL } from '../helpers/graphql';
import { newKey, publishInquiryIndustries, validInquiry } from '../helpers/inquiries';
import { authHeader, makeUser, startTestCms, type TestCms } from '../helpers/payload';

// Clean lead data: what the prospect wrote stays theirs (an officer's change is refused, an
// administrator's correction logged), the country is a code from the list, the shorter form's
// optional answers may be missing, owners are named, and the CSV reads as the admin reads.
let cms: TestCms;
type User = Awaited<ReturnType<typeof makeUser>>;
let admin: User, officer: User, nameless: User, service: User;
const headers: Record<string, Record<string, string>> = {};

beforeAll(async () => {
  process.env.JOBS_AUTORUN = 'false';
  cms = await startTestCms();
  await publishInquiryIndustries(cms.payload);
  admin = await makeUser(cms.payload, 'admin', 'Ada Admin');
  officer = await makeUser(cms.payload, 'investment-officer', '李明');
  nameless = await makeUser(cms.payload, 'investment-officer');
  service = await makeUser(cms.payload, 'site-service');
  for (const [name, user] of Object.entries({ admin, officer, service })) headers[name] = await authHeader(cms.payload, user);
});
afterAll(async () => cms?.close());

const create = (data: Record<string, unknown> = {}) =>
  cms.payload.create({ collection: 'inquiries', overrideAccess: true, data: { ...validInquiry, ...data } });
const patch = (id: number | string, body: unknown, who = 'officer') =>
  cms.api('PATCH', `/inquiries/${id}`, { body, headers: headers[who] });
const fieldErrorsOf = async (response: Response) =>
  ((await response.json()) as { errors: { data?: { errors?: { path: string; message: string }[] } }[] }).errors.flatMap(
    (e) => e.data?.errors ?? [],
  );
const activities = async (id: number | string) =>
  (
    await cms.payload.find({
      collection: 'inquiry-activities',
      where: { inquiry: { equals: id } },
      sort: 'createdAt',
      overrideAccess: true,
      depth: 0,
    })
  ).docs;

const refusal = "这是咨询者本人填写的内容，只有管理员可以更正 / this is the prospect's own answer: only an administrator may correct it";

describe("the prospect's answers", () => {
  it('are refused to an officer through REST with a field error in both languages, and nothing changes', async () => {
    const lead = await create();
    for (const [field, value] of Object.entries({
      name: 'Someone Else',
      email: 'other@example.com',
      company: 'Other Co',
      message: 'Rewritten',
      country: 'DE',
      consent: false,
      timeline: 'exploring',
    })) {
      const response = await patch(lead.id, { [field]: value });
      expect(response.status, field).toBe(400);
      expect(await fieldErrorsOf(response), field).toEqual([expect.objectContaining({ path: field, message: refusal })]);
    }
    const after = await cms.payload.findByID({ collection: 'inquiries', id: lead.id, overrideAccess: true, depth: 0 });
    expect(after).toMatchObject({
      name: validInquiry.name,
      email: validInquiry.email,
      company: validInquiry.company,
      country: 'CN',
      consent: true,
    });
  });

  it('are refused to an officer through GraphQL too', async () => {
    const lead = await create();
    const result = await graphQL(
      cms.payload,
      officer,
      `mutation ($id: Int!) { updateInquiry(id: $id, data: { company: "Forged Ltd" }) { company } }`,
      {
        id: lead.id,
      },
    );
    expect(result.data?.updateInquiry ?? null).toBeNull();
    expect(JSON.stringify(result.errors)).toContain('company');
    expect(result.errors?.[0]?.message).toBe('The following field is invalid: company');
    const after = await cms.payload.findByID({ collection: 'inquiries', id: lead.id, overrideAccess: true });
    expect(after.company).toBe(validInquiry.company);
  });

  it('may be sent back unchanged by an officer, as the admin form does, while the officer works the lead', async () => {
    const lead = await create();
    const { id: _id, createdAt: _c, updatedAt: _u, activity: _a, reference: _r, ...whole } = lead as unknown as Record<string, unknown>;
    const response = await patch(lead.id, { ...whole, stage: 'acknowledged', owner: officer.id });
    expect(response.status, await response.clone().text()).toBe(200);
    expect((await activities(lead.id)).map((a) => a.action)).not.toContain('correction');
  });

  it("are an administrator's to correct; the correction is logged by field name, without the old or new values", async () => {
    // A prospect of its own: the desk flags leads from the same address or company as duplicates.
    const lead = await create({ email: 'corrected@example.cn', company: 'Corrected Motors' });
    const response = await patch(lead.id, { name: 'Wang Fang', email: 'fang.wang@example.cn', stage: 'acknowledged' }, 'admin');
    expect(response.status, await response.clone().text()).toBe(200);
    const log = await activities(lead.id);
    const correction = log.find((a) => a.action === 'correction');
    expect(correction).toMatchObject({ note: 'name, email', actor: admin.id });
    expect(JSON.stringify(correction)).not.toContain(validInquiry.name);
    expect(JSON.stringify(correction)).not.toContain('fang.wang');
    // The stage change keeps its own entry (the emails queued on arrival have theirs too).
    expect(log.map((a) => a.action).filter((action) => action !== 'email')).toEqual(['created', 'stage', 'correction']);
  });
});

describe('the country', () => {
  it('is an ISO code from the list: free text and unknown codes are refused with a message in both languages', async () => {
    for (const country of ['Germany', 'XX', 'de', 'ZZ']) {
      const response = await cms.api('POST', '/inquiries/submit', {
        headers: headers.service,
        body: { ...validInquiry, country, idempotencyKey: newKey() },
      });
      expect(response.status, country).toBe(400);
      expect(await fieldErrorsOf(response)).toEqual([
        expect.objectContaining({
          path: 'country',
          message: '请从列表中选择国家或地区（ISO 3166-1 代码） / choose a country or region from the list (an ISO 3166-1 code)',
        }),
      ]);
    }
  });

  it('keeps the unknown region on a lead from before the list while the bureau works it, and an admin may replace it', async () => {
    const lead = await create();
    // What the upgrade leaves on a lead whose text named no country (tests/integration/migrations.test.ts).
    await cms.payload.db.updateOne({ collection: 'inquiries', id: lead.id, data: { country: 'ZZ', countryAsSubmitted: 'Atlantis' } });
    expect((await patch(lead.id, { stage: 'acknowledged' })).status).toBe(200);
    expect((await patch(lead.id, { countryAsSubmitted: 'Erased' }, 'admin')).status).toBe(200);
    expect((await patch(lead.id, { country: 'GR' }, 'admin')).status).toBe(200);
    const after = await cms.payload.findByID({ collection: 'inquiries', id: lead.id, overrideAccess: true });
    // The prospect's own words stay beside the corrected code.
    expect(after).toMatchObject({ country: 'GR', countryAsSubmitted: 'Atlantis' });
    expect((await patch(lead.id, { country: 'ZZ' }, 'admin')).status).toBe(400);
  });
});

describe('the shorter form', () => {
  const requiredOnly = Object.fromEntries(requiredProspectFields.map((name) => [name, validInquiry[name]]));

  it('is stored with only the required answers, and each optional answer given still routes', async () => {
    const response = await cms.api('POST', '/inquiries/submit', {
      headers: headers.service,
      body: { ...requiredOnly, idempotencyKey: newKey() },
    });
    expect(response.status, await response.clone().text()).toBe(201);
    const rule = await cms.payload.create({
      collection: 'routing-rules',
      overrideAccess: true,
      data: { industry: 'clean-energy', officer: officer.id },
    });
    const routed = await cms.api('POST', '/inquiries/submit', {
      headers: headers.service,
      body: { ...requiredOnly, industry: 'clean-energy', idempotencyKey: newKey() },
    });
    const { reference } = (await routed.json()) as { reference: string };
    const lead = (
      await cms.payload.find({ collection: 'inquiries', where: { reference: { equals: reference } }, overrideAccess: true, depth: 0 })
    ).docs[0]!;
    expect(lead).toMatchObject({ industry: 'clean-energy', owner: officer.id });
    await cms.payload.delete({ collection: 'routing-rules', id: rule.id, overrideAccess: true });
  });

  it('refuses an inquiry missing any required answer, field by field (the same list the site checks)', async () => {
    for (const name of requiredProspectFields) {
      const { [name]: _left, ...body } = requiredOnly;
      const response = await cms.api('POST', '/inquiries/submit', {
        headers: headers.service,
        body: { ...body, idempotencyKey: newKey() },
      });
      if (name === 'preferredLanguage') {
        // The reply language has the CMS's default (Chinese) when the site leaves it out.
        expect(response.status, name).toBe(201);
        continue;
      }
      expect(response.status, name).toBe(400);
      expect(
        (await fieldErrorsOf(response)).map((e) => e.path),
        name,
      ).toEqual([name]);
    }
  });
});

describe('owners', () => {
  it('are titled by name, or by email when they have none', async () => {
    const users = cms.payload.collections.users.config;
    expect(users.admin.useAsTitle).toBe('displayName');
    const [named, plain] = await Promise.all(
      [officer, nameless].map((u) => cms.payload.findByID({ collection: 'users', id: u.id, overrideAccess: true })),
    );
    expect(named!.displayName).toBe('李明');
    expect(plain!.displayName).toBe(nameless.email);
    await cms.payload.update({ collection: 'users', id: nameless.id, overrideAccess: true, data: { name: 'Nora Named' } });
    expect((await cms.payload.findByID({ collection: 'users', id: nameless.id, overrideAccess: true })).displayName).toBe('Nora Named');
    // Nobody sets it by hand.
    await cms.payload.update({
      collection: 'users',
      id: nameless.id,
      user: admin,
      overrideAccess: false,
      data: { displayName: 'Forged' } as never,
    });
    expect((await cms.payload.findByID({ collection: 'users', id: nameless.id, overrideAccess: true })).displayName).toBe('Nora Named');
  });
});

describe('the CSV export', () => {
  it("reads in the admin's language: labels, country names, China time, the owner's name and the last action; phone numbers as written", async () => {
    const lead = await create({
      country: 'AQ',
      phone: '+49 30 1234-5678',
      email: 'csv@example.aq',
      company: '=HYPERLINK("http://evil.example","x")',
    });
    await cms.payload.update({
      collection: 'inquiries',
      id: lead.id,
      overrideAccess: true,
      data: { owner: officer.id, stage: 'contacted' },
    });
    const fresh = await cms.payload.findByID({ collection: 'inquiries', id: lead.id, overrideAccess: true });
    const latest = (await activities(lead.id)).at(-1)!;
    // The last entry may be the owner's notice the assignment queued: emails are on the timeline too.
    const actionLabels = {
      stage: ['Stage changed', '进度变更'],
      owner: ['Owner changed', '负责人变更'],
      email: ['Email', '邮件'],
    } as Record<string, [string, string]>;
    const china = (iso: string) => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
    for (const lang of ['en', 'zh'] as const) {
      const response = await cms.api('GET', '/inquiries/export.csv?where[country][equals]=AQ', {
        headers: { ...headers.officer, 'accept-language': lang, cookie: `payload-lng=${lang}` },
      });
      expect(response.status).toBe(200);
      const [head, row, ...rest] = (await response.text())
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      expect(rest).toEqual([]);
      // Every cell is quoted, quotes inside doubled.
      const cells = (line: string) => [...line.matchAll(/"((?:[^"]|"")*)"(?:,|$)/g)].map((m) => m[1]!.replace(/""/g, '"'));
      const record = Object.fromEntries(cells(head!).map((h, i) => [h, cells(row!)[i]]));
      if (lang === 'en') {
        expect(record).toMatchObject({
          'Received (China time)': china(fresh.createdAt),
          Stage: 'Contacted',
          Owner: '李明',
          'Reference number': fresh.reference,
          'Last action': actionLabels[latest.action]![0],
          'Last action at (China time)': china(latest.createdAt),
          'Headquarters country or region': 'Antarctica',
          Phone: '+49 30 1234-5678',
          'Type of inquiry': 'Land or factory',
          'Language for our reply': 'Chinese',
        });
        expect(record.Company).toBe(`'=HYPERLINK("http://evil.example","x")`);
        // The follow-up's day (tests/integration/leadFollowUp.test.ts sets one): none on this lead.
        expect(record['Next action']).toBe('');
      } else {
        expect(record).toMatchObject({
          编号: fresh.reference,
          '收到时间（北京时间）': china(fresh.createdAt),
          进度: '已联系',
          负责专员: '李明',
          最近操作: actionLabels[latest.action]![1],
          总部所在国家或地区: '南极洲',
          '最近操作时间（北京时间）': china(latest.createdAt),
        });
      }
    }
  });
});
