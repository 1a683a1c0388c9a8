import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newKey, publishInquiryIndustries, validInquiry } from '../helpers/inquiries';
import { authHeader, makeUser, startTestCms, type TestCms } from '../helpers/payload';

let cms: TestCms;
type User = Awaited<ReturnType<typeof makeUser>>;
let admin: User, motorsOfficer: User, parkOfficer: User, defaultOfficer: User, officer: User, editor: User, service: User;
let parkId: number | string;
const headers: Record<string, Record<string, string>> = {};

beforeAll(async () => {
  process.env.JOBS_AUTORUN = 'false';
  cms = await startTestCms();
  await publishInquiryIndustries(cms.payload);
  const { payload } = cms;
  admin = await makeUser(payload, 'admin', 'Ada Admin');
  motorsOfficer = await makeUser(payload, 'investment-officer', '李明');
  parkOfficer = await makeUser(payload, 'investment-officer', 'Park Officer');
  defaultOfficer = await makeUser(payload, 'investment-officer', 'Default Officer');
  officer = motorsOfficer;
  editor = await makeUser(payload, 'editor');
  service = await makeUser(payload, 'site-service');
  const park = await payload.create({
    collection: 'parks',
    overrideAccess: true,
    data: { name: '电机产业园', slug: 'motor-park', _status: 'published' },
  });
  await payload.create({
    collection: 'parks',
    overrideAccess: true,
    draft: true,
    data: { name: '草稿园区', slug: 'draft-park', _status: 'draft' },
  });
  parkId = park.id;
  await payload.create({
    collection: 'routing-rules',
    overrideAccess: true,
    data: { industry: 'motors-electric-drive', officer: motorsOfficer.id },
  });
  await payload.create({
    collection: 'routing-rules',
    overrideAccess: true,
    data: { industry: 'clean-energy', park: parkId, officer: parkOfficer.id },
  });
  await payload.updateGlobal({
    slug: 'lead-desk',
    overrideAccess: true,
    data: { defaultOfficer: defaultOfficer.id, firstResponseWorkingDays: 1 },
  });
  for (const [name, user] of Object.entries({ admin, officer, editor, service })) headers[name] = await authHeader(payload, user);
  headers.anonymous = {};
});
afterAll(async () => cms?.close());

const count = async () => (await cms.payload.count({ collection: 'inquiries', overrideAccess: true })).totalDocs;
const submit = (body: unknown, who = 'service') => cms.api('POST', '/inquiries/submit', { body, headers: headers[who] });
const create = (data: Record<string, unknown> = {}) =>
  cms.payload.create({ collection: 'inquiries', overrideAccess: true, data: { ...validInquiry, ...data } });

describe('reference numbers', () => {
  it('are sequential per year and stay unique under 40 concurrent submissions', async () => {
    const created = await Promise.all(Array.from({ length: 40 }, () => create()));
    const numbers = created.map((doc) => Number(doc.reference!.slice(8))).sort((a, b) => a - b);
    const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();
    for (const doc of created) expect(doc.reference).toMatch(new RegExp(`^XT-${year}-\\d{6}$`));
    expect(new Set(numbers).size).toBe(40);
    expect(numbers[39] - numbers[0]).toBe(39);
  });

  it('cannot be chosen or changed, not even by an admin', async () => {
    const doc = await cms.payload.create({
      collection: 'inquiries',
      overrideAccess: false,
      user: admin,
      data: { ...validInquiry, reference: 'XT-1999-000001' } as typeof validInquiry,
    });
    expect(doc.reference).not.toBe('XT-1999-000001');
    const updated = await cms.payload.update({
      collection: 'inquiries',
      id: doc.id,
      overrideAccess: false,
      user: admin,
      data: { reference: 'XT-1999-000002' },
    });
    expect(updated.reference).toBe(doc.reference);
  });
});

describe('routing', () => {
  it('gives a lead to the officer of the most specific matching rule and marks it assigned', async () => {
    const byIndustry = await create({ industry: 'motors-electric-drive' });
    expect(byIndustry.owner).toMatchObject({ id: motorsOfficer.id });
    expect(byIndustry.stage).toBe('assigned');
    const byIndustryAndPark = await create({ industry: 'clean-energy', park: parkId } as never);
    expect(byIndustryAndPark.owner).toMatchObject({ id: parkOfficer.id });
  });

  it('gives unmatched leads to the default officer', async () => {
    const unmatched = await create({ industry: 'clean-energy' });
    expect(unmatched.owner).toMatchObject({ id: defaultOfficer.id });
    expect(unmatched.stage).toBe('assigned');
  });

  it('sets a first-response deadline one working day ahead', async () => {
    const doc = await create();
    const due = Date.parse(doc.respondBy!) - Date.parse(doc.createdAt);
    expect(due).toBeGreaterThanOrEqual(23 * 3600_000);
    expect(due).toBeLessThanOrEqual(4 * 24 * 3600_000);
  });
});

describe('the activity log', () => {
  it('records receipt, routing and every change of stage, owner and notes with who and when', async () => {
    // A prospect of its own: the desk's other leads from the same address or company would add "possible duplicate" entries.
    const doc = await create({ email: 'activity-log@example.cn', company: 'Activity Log Motors' });
    await cms.payload.update({
      collection: 'inquiries',
      id: doc.id,
      overrideAccess: false,
      user: officer,
      data: { stage: 'contacted', newNote: 'Called, will send land prices.' },
    });
    await cms.payload.update({ collection: 'inquiries', id: doc.id, overrideAccess: false, user: admin, data: { owner: parkOfficer.id } });
    // Emails are on the timeline too (tests/integration/replies.test.ts); here the desk's own changes.
    const log = await cms.payload.find({
      collection: 'inquiry-activities',
      where: { and: [{ inquiry: { equals: doc.id } }, { action: { not_equals: 'email' } }] },
      sort: 'createdAt',
      overrideAccess: false,
      user: officer,
      depth: 0,
    });
    const entries = log.docs.map((e) => ({ action: e.action, from: e.from ?? null, to: e.to ?? null, actor: e.actor ?? null }));
    expect(entries).toEqual([
      { action: 'created', from: null, to: 'assigned', actor: null },
      { action: 'stage', from: 'assigned', to: 'contacted', actor: officer.id },
      { action: 'note', from: null, to: null, actor: officer.id },
      {
        action: 'owner',
        from: expect.stringContaining(motorsOfficer.email),
        to: expect.stringContaining(parkOfficer.email),
        actor: admin.id,
      },
    ]);
    expect(log.docs[0].note).toContain(motorsOfficer.email);
    expect(log.docs[2].note).toBe('Called, will send land prices.');
    for (const entry of log.docs) expect(Date.parse(entry.createdAt)).not.toBeNaN();
    const after = await cms.payload.findByID({ collection: 'inquiries', id: doc.id, overrideAccess: true });
    expect(after.firstResponseAt).toBeTruthy();
  });

  it('cannot be written, changed or deleted by officers or admins, nor read by editors', async () => {
    const doc = await create();
    const [entry] = (
      await cms.payload.find({ collection: 'inquiry-activities', where: { inquiry: { equals: doc.id } }, overrideAccess: true })
    ).docs;
    for (const user of [officer, admin]) {
      await expect(
        cms.payload.create({
          collection: 'inquiry-activities',
          overrideAccess: false,
          user,
          data: { inquiry: doc.id, action: 'note', note: 'forged' },
        }),
      ).rejects.toMatchObject({ status: 403 });
      await expect(
        cms.payload.update({ collection: 'inquiry-activities', id: entry.id, overrideAccess: false, user, data: { note: 'x' } }),
      ).rejects.toMatchObject({ status: 403 });
      await expect(
        cms.payload.delete({ collection: 'inquiry-activities', id: entry.id, overrideAccess: false, user }),
      ).rejects.toMatchObject({ status: 403 });
    }
    for (const user of [editor, service]) {
      await expect(cms.payload.find({ collection: 'inquiry-activities', overrideAccess: false, user })).rejects.toMatchObject({
        status: 403,
      });
    }
  });

  it('requires a reason to close a lead', async () => {
    const doc = await create();
    await expect(
      cms.payload.update({ collection: 'inquiries', id: doc.id, overrideAccess: false, user: officer, data: { stage: 'closed' } }),
    ).rejects.toMatchObject({ status: 400 });
    const closed = await cms.payload.update({
      collection: 'inquiries',
      id: doc.id,
      overrideAccess: false,
      user: officer,
      data: { stage: 'closed', closeReason: 'duplicate' },
    });
    expect(closed.stage).toBe('closed');
  });

  it('goes with the inquiry when an admin erases it', async () => {
    const doc = await create();
    await cms.payload.delete({ collection: 'inquiries', id: doc.id, overrideAccess: false, user: admin });
    expect(
      (await cms.payload.count({ collection: 'inquiry-activities', where: { inquiry: { equals: doc.id } }, overrideAccess: true }))
        .totalDocs,
    ).toBe(0);
  });
});

describe('POST /api/inquiries/submit (the site stores an inquiry)', () => {
  it('answers the reference; the same idempotency key again answers the same reference and stores nothing new', async () => {
    const key = newKey();
    const before = await count();
    const first = await submit({ ...validInquiry, idempotencyKey: key, park: 'motor-park' });
    expect(first.status).toBe(201);
    const { reference } = (await first.json()) as { reference: string };
    const again = await Promise.all(Array.from({ length: 8 }, () => submit({ ...validInquiry, idempotencyKey: key, park: 'motor-park' })));
    for (const response of again) expect(((await response.json()) as { reference: string }).reference).toBe(reference);
    expect(await count()).toBe(before + 1);
    const stored = await cms.payload.find({
      collection: 'inquiries',
      where: { reference: { equals: reference } },
      overrideAccess: true,
      depth: 0,
    });
    expect(stored.docs[0].park).toBe(parkId);
  });

  it('ignores forged stage, owner, reference, notes and deadlines', async () => {
    const response = await submit({
      ...validInquiry,
      industry: 'other',
      idempotencyKey: newKey(),
      stage: 'landed',
      owner: admin.id,
      reference: 'XT-2000-000001',
      newNote: 'x',
      respondBy: '2100-01-01',
      firstResponseAt: '2000-01-01',
    });
    expect(response.status).toBe(201);
    const { reference } = (await response.json()) as { reference: string };
    const doc = (
      await cms.payload.find({ collection: 'inquiries', where: { reference: { equals: reference } }, overrideAccess: true, depth: 0 })
    ).docs[0];
    expect(doc).toMatchObject({ stage: 'assigned', owner: defaultOfficer.id });
    const notes = await cms.payload.count({
      collection: 'inquiry-activities',
      where: { and: [{ inquiry: { equals: doc.id } }, { action: { equals: 'note' } }] },
      overrideAccess: true,
    });
    expect(notes.totalDocs).toBe(0);
    expect(doc.firstResponseAt).toBeFalsy();
    expect(Date.parse(doc.respondBy!)).toBeLessThan(Date.parse('2100-01-01'));
  });

  it('refuses wrong types, unknown or draft parks and missing fields with field errors, storing nothing', async () => {
    const before = await count();
    const cases: [unknown, string][] = [
      [{ ...validInquiry, name: { $gt: '' } }, 'name'],
      [{ ...validInquiry, consent: 'yes' }, 'consent'],
      [{ ...validInquiry, park: 'draft-park' }, 'park'],
      [{ ...validInquiry, park: "x' OR 1=1 --" }, 'park'],
      [{ ...validInquiry, industry: 'tobacco' }, 'industry'],
      [{ ...validInquiry, company: undefined }, 'company'],
      [{ ...validInquiry, country: 'Germany' }, 'country'],
      [{ ...validInquiry, idempotencyKey: 'not-a-uuid' }, 'idempotencyKey'],
      [{ ...validInquiry, message: 'x'.repeat(5001) }, 'message'],
    ];
    for (const [body, field] of cases) {
      const response = await submit(body);
      expect(response.status, field).toBe(400);
      const json = (await response.json()) as { errors: { data: { errors: { path: string }[] } }[] };
      expect(json.errors[0].data.errors.map((e) => e.path)).toContain(field);
    }
    expect((await submit('[1,2]')).status).toBe(400);
    expect((await submit('{not json')).status).toBe(400);
    expect(await count()).toBe(before);
  });

  it('is refused to anonymous callers and editors', async () => {
    expect((await submit({ ...validInquiry }, 'anonymous')).status).toBe(403);
    expect((await submit({ ...validInquiry }, 'editor')).status).toBe(403);
  });
});

describe('POST /api/inquiries/track', () => {
  it('tells the prospect the stage and the officer by reference and email, and wrong pairs the same nothing', async () => {
    const doc = await create({ email: 'Track.Me@example.com' });
    const ok = await cms.api('POST', '/inquiries/track', {
      body: { reference: doc.reference!.toLowerCase(), email: 'track.me@EXAMPLE.com ' },
      headers: headers.service,
    });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({
      found: true,
      reference: doc.reference,
      stage: 'assigned',
      officerName: '李明',
      receivedAt: doc.createdAt,
      messages: [],
    });
    const wrongEmail = await cms.api('POST', '/inquiries/track', {
      body: { reference: doc.reference, email: 'other@example.com' },
      headers: headers.service,
    });
    const wrongReference = await cms.api('POST', '/inquiries/track', {
      body: { reference: 'XT-1999-000001', email: 'track.me@example.com' },
      headers: headers.service,
    });
    const malformed = await cms.api('POST', '/inquiries/track', {
      body: { reference: { $ne: null }, email: { $ne: null } },
      headers: headers.service,
    });
    const bodies = await Promise.all([wrongEmail, wrongReference, malformed].map(async (r) => [r.status, await r.text()]));
    expect(new Set(bodies.map((b) => JSON.stringify(b))).size).toBe(1);
    expect(bodies[0][0]).toBe(404);
  });

  it('is refused to anonymous callers and editors', async () => {
    for (const who of ['anonymous', 'editor']) {
      expect(
        (await cms.api('POST', '/inquiries/track', { body: { reference: 'XT-2026-000001', email: 'a@b.c' }, headers: headers[who] }))
          .status,
      ).toBe(403);
    }
  });
});

describe('CSV export and dashboard figures', () => {
  it('exports the filtered list with formula-looking text defused', async () => {
    const doc = await create({ company: '=HYPERLINK("http://evil.example","click")', country: 'AQ' });
    const response = await cms.api('GET', `/inquiries/export.csv?where[country][equals]=AQ`, { headers: headers.officer });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    const lines = (await response.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`"${doc.reference}"`);
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
  });

  it('counts leads by stage, industry, country and month, with overdue leads', async () => {
    const response = await cms.api('GET', '/inquiries/stats', { headers: headers.admin });
    const stats = (await response.json()) as {
      total: number;
      byStage: Record<string, number>;
      byIndustry: Record<string, number>;
      overdue: number;
      answered: number;
    };
    expect(stats.total).toBe(await count());
    expect(Object.values(stats.byStage).reduce((a, b) => a + b, 0)).toBe(stats.total);
    expect(stats.byIndustry['motors-electric-drive']).toBeGreaterThan(0);
    expect(stats.answered).toBeGreaterThan(0);
    expect(stats.overdue).toBe(0);
  });
});

describe('every lead endpoint gives each role exactly what it may have', () => {
  // [method, path, body?] -> status per role
  const matrix: [string, string, unknown, Record<string, number>][] = [
    ['GET', '/inquiries', undefined, { anonymous: 403, editor: 403, service: 403, officer: 200, admin: 200 }],
    ['GET', '/inquiries/stats', undefined, { anonymous: 403, editor: 403, service: 403, officer: 200, admin: 200 }],
    ['GET', '/inquiries/export.csv', undefined, { anonymous: 403, editor: 403, service: 403, officer: 200, admin: 200 }],
    ['GET', '/inquiry-activities', undefined, { anonymous: 403, editor: 403, service: 403, officer: 200, admin: 200 }],
    [
      'POST',
      '/inquiry-activities',
      { action: 'note', inquiry: 1 },
      { anonymous: 403, editor: 403, service: 403, officer: 403, admin: 403 },
    ],
    ['GET', '/routing-rules', undefined, { anonymous: 403, editor: 403, service: 403, officer: 200, admin: 200 }],
    ['GET', '/globals/lead-desk', undefined, { anonymous: 403, editor: 403, service: 403, officer: 200, admin: 200 }],
    ['GET', '/payload-jobs', undefined, { anonymous: 403, editor: 403, service: 403, officer: 403, admin: 200 }],
    ['GET', '/globals/payload-jobs-stats', undefined, { anonymous: 403, editor: 403, service: 403, officer: 403, admin: 200 }],
    ['POST', '/globals/payload-jobs-stats', { stats: {} }, { anonymous: 403, editor: 403, service: 403, officer: 403, admin: 200 }],
    ['GET', '/counters', undefined, { anonymous: 403, editor: 403, service: 403, officer: 403, admin: 403 }],
  ];
  for (const [method, path, body, expected] of matrix) {
    it(`${method} ${path}`, async () => {
      const actual: Record<string, number> = {};
      for (const who of Object.keys(expected)) actual[who] = (await cms.api(method, path, { body, headers: headers[who] })).status;
      expect(actual).toEqual(expected);
    });
  }

  it('one inquiry by id: read and update for the bureau, delete for admins only', async () => {
    const doc = await create();
    const statuses: Record<string, number[]> = {};
    for (const who of ['anonymous', 'editor', 'service', 'officer']) {
      statuses[who] = [
        (await cms.api('GET', `/inquiries/${doc.id}`, { headers: headers[who] })).status,
        (await cms.api('PATCH', `/inquiries/${doc.id}`, { body: { stage: 'contacted' }, headers: headers[who] })).status,
        (await cms.api('DELETE', `/inquiries/${doc.id}`, { headers: headers[who] })).status,
      ];
    }
    expect(statuses).toEqual({ anonymous: [403, 403, 403], editor: [403, 403, 403], service: [403, 403, 403], officer: [200, 200, 403] });
  });
});
