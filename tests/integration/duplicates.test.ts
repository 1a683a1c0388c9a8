import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { companyKey, emailKey } from '../../cms/src/lib/duplicateKeys';
import { graphQL } from '../helpers/graphql';
import { newKey, publishInquiryIndustries, validInquiry } from '../helpers/inquiries';
import { authHeader, makeUser, startTestCms, type TestCms } from '../helpers/payload';

// Duplicates on the lead desk: a new inquiry from an email address or company already on the
// desk within 90 days is flagged on both sides, an officer merges one into the other (both
// timelines kept, the merged reference still tracks), officers hand several leads over at once,
// and nobody outside the bureau sees any of it.
let cms: TestCms;
type User = Awaited<ReturnType<typeof makeUser>>;
let officer: User, colleague: User, editor: User;
const headers: Record<'admin' | 'officer' | 'editor' | 'service' | 'anonymous', Record<string, string>> = {} as never;

beforeAll(async () => {
  process.env.JOBS_AUTORUN = 'false';
  cms = await startTestCms();
  await publishInquiryIndustries(cms.payload);
  officer = await makeUser(cms.payload, 'investment-officer', 'Officer Zhang');
  colleague = await makeUser(cms.payload, 'investment-officer', 'Officer Li');
  editor = await makeUser(cms.payload, 'editor', 'Editor Wu');
  headers.admin = await authHeader(cms.payload, await makeUser(cms.payload, 'admin', 'Ada Admin'));
  headers.officer = await authHeader(cms.payload, officer);
  headers.editor = await authHeader(cms.payload, editor);
  headers.service = await authHeader(cms.payload, await makeUser(cms.payload, 'site-service'));
  headers.anonymous = {};
});
afterAll(async () => cms?.close());

/** A prospect of their own: an email address and a company no other test uses. */
const prospect = () => {
  const tag = randomUUID().slice(0, 8);
  return { email: `p-${tag}@example.com`, company: `Firm ${tag}` };
};
const create = (data: Record<string, unknown>) =>
  cms.payload.create({ collection: 'inquiries', overrideAccess: true, data: { ...validInquiry, idempotencyKey: newKey(), ...data } });
const lead = (id: number | string) => cms.payload.findByID({ collection: 'inquiries', id, overrideAccess: true, depth: 0 });
const duplicatesOf = async (id: number | string) => ((await lead(id)).duplicates ?? []).map((d) => (typeof d === 'object' ? d.id : d));
const timeline = async (id: number | string) =>
  (
    await cms.payload.find({
      collection: 'inquiry-activities',
      where: { inquiry: { equals: id } },
      sort: 'createdAt',
      pagination: false,
      overrideAccess: true,
      depth: 0,
    })
  ).docs;
const fieldErrorsOf = async (response: Response) =>
  ((await response.json()) as { errors: { data?: { errors?: { path: string; message: string }[] } }[] }).errors.flatMap(
    (e) => e.data?.errors ?? [],
  );
const merge = (id: number | string, into: unknown, who: keyof typeof headers = 'officer') =>
  cms.api('POST', `/inquiries/${id}/merge`, { headers: headers[who], body: { into } });

describe('what counts as the same prospect', () => {
  it('is the email address whatever its case, and the company whatever its case, spacing or legal form', () => {
    expect(emailKey('  Wang@Example.CN ')).toBe('wang@example.cn');
    expect(companyKey('Example Motors Co., Ltd.')).toBe('examplemotors');
    expect(companyKey('EXAMPLE  MOTORS LIMITED')).toBe('examplemotors');
    expect(companyKey('Example Motors GmbH')).toBe('examplemotors');
    expect(companyKey('示例电机有限公司')).toBe('示例电机');
    expect(companyKey('示例电机股份有限公司')).toBe('示例电机');
    expect(companyKey('ＥＸＡＭＰＬＥ Motors')).toBe('examplemotors');
    // A legal form is a word of its own in Latin names: Tesco is not "Tes Co".
    expect(companyKey('Tesco')).toBe('tesco');
    // Nothing left but a legal form matches nothing.
    expect(companyKey('Ltd')).toBe('ltd');
    expect(companyKey('A Ltd')).toBe('');
    expect(companyKey(undefined)).toBe('');
  });
});

describe('a new inquiry like one on the desk', () => {
  it('from the same email address within 90 days is flagged on both, each timeline naming the other', async () => {
    const { email, company } = prospect();
    const first = await create({ email, company });
    const second = await create({ email: email.toUpperCase(), company: `${company} other` });
    expect(await duplicatesOf(first.id)).toEqual([second.id]);
    expect(await duplicatesOf(second.id)).toEqual([first.id]);
    const [firstLog, secondLog] = [await timeline(first.id), await timeline(second.id)];
    expect(firstLog.find((e) => e.action === 'duplicate')).toMatchObject({ note: second.reference });
    expect(secondLog.find((e) => e.action === 'duplicate')).toMatchObject({ note: first.reference });
    const entry = (await cms
      .api('GET', `/inquiry-activities?where[inquiry][equals]=${first.id}&where[action][equals]=duplicate`, {
        headers: headers.officer,
      })
      .then((r) => r.json())) as { docs: { summary: { zh: string; en: string } }[] };
    expect(entry.docs[0]!.summary.en).toBe(`Possible duplicate of ${second.reference} (same email or company within 90 days)`);
    expect(entry.docs[0]!.summary.zh).toBe(`可能与 ${second.reference} 重复（同一邮箱或公司，90 天内）`);
  });

  it('from the same company under another legal form and email address is flagged too', async () => {
    const tag = randomUUID().slice(0, 8);
    const first = await create({ email: `a-${tag}@example.com`, company: `Motors ${tag} Co., Ltd.` });
    const second = await create({ email: `b-${tag}@example.com`, company: `MOTORS  ${tag} GmbH` });
    expect(await duplicatesOf(second.id)).toEqual([first.id]);
    expect(await duplicatesOf(first.id)).toEqual([second.id]);
  });

  it('is not flagged against one received more than 90 days before, nor against another prospect', async () => {
    const { email, company } = prospect();
    const old = await create({ email, company, createdAt: new Date(Date.now() - 91 * 24 * 3600 * 1000).toISOString() });
    const stranger = await create(prospect());
    const fresh = await create({ email, company });
    expect(await duplicatesOf(fresh.id)).toEqual([]);
    expect(await duplicatesOf(old.id)).toEqual([]);
    expect(await duplicatesOf(stranger.id)).toEqual([]);
    expect((await timeline(fresh.id)).map((e) => e.action)).not.toContain('duplicate');
  });

  it('is taken in even when the lead it resembles cannot be saved as it stands (its owner is an officer no more)', async () => {
    const same = prospect();
    const former = await makeUser(cms.payload, 'investment-officer', 'Officer Gone');
    const earlier = await create({ ...same, owner: former.id });
    await cms.payload.update({ collection: 'users', id: former.id, overrideAccess: true, data: { role: 'editor' } });
    // The site acknowledges this one: it must be stored whatever the flag can do.
    const later = await create({ ...same });
    expect((await lead(later.id)).reference).toBe(later.reference);
    expect(await duplicatesOf(earlier.id)).toEqual([]);
    expect(await duplicatesOf(later.id)).toEqual([]);
  });

  it('submitted through the site tells the submitter nothing of the other', async () => {
    const { email, company } = prospect();
    const first = await create({ email, company });
    const response = await cms.api('POST', '/inquiries/submit', {
      headers: headers.service,
      body: { ...validInquiry, email, company, idempotencyKey: newKey() },
    });
    expect(response.status, await response.clone().text()).toBe(201);
    const body = (await response.json()) as Record<string, unknown>;
    expect(Object.keys(body)).toEqual(['reference']);
    expect(JSON.stringify(body)).not.toContain(first.reference!);
    const submitted = (
      await cms.payload.find({ collection: 'inquiries', where: { reference: { equals: body.reference } }, overrideAccess: true })
    ).docs[0]!;
    expect(await duplicatesOf(first.id)).toEqual([submitted.id]);
  });
});

describe('merging', () => {
  it('closes the merged inquiry as a duplicate, keeps both timelines, and the merged reference still tracks', async () => {
    const { email, company } = prospect();
    const survivor = await create({ email, company, owner: officer.id });
    const merged = await create({ email, company, newNote: 'Second form, same project' });
    await cms.payload.create({
      collection: 'inquiry-replies',
      overrideAccess: true,
      data: { inquiry: survivor.id, body: 'We have land ready.', showOnTrackPage: true },
    });
    const before = await timeline(merged.id);
    const response = await merge(merged.id, survivor.reference!.toLowerCase());
    expect(response.status, await response.clone().text()).toBe(200);
    expect(await response.json()).toEqual({ merged: merged.reference, into: survivor.reference, survivor: survivor.id });

    const closed = await lead(merged.id);
    expect(closed).toMatchObject({ stage: 'closed', closeReason: 'duplicate', mergedInto: survivor.id });
    // The merged inquiry keeps its own entries, then the close and the merge.
    const mergedLog = await timeline(merged.id);
    expect(mergedLog.slice(0, before.length).map((e) => e.id)).toEqual(before.map((e) => e.id));
    expect(mergedLog.map((e) => e.action).slice(before.length)).toEqual(['stage', 'mergedInto']);
    expect(mergedLog.at(-1)).toMatchObject({ note: survivor.reference, actor: officer.id });
    // The survivor's timeline holds a copy of each, at its original time, marked with the merged reference.
    const survivorLog = await timeline(survivor.id);
    const copies = survivorLog.filter((e) => e.mergedFrom === merged.reference);
    expect(copies.map((e) => [e.action, e.createdAt, e.note])).toEqual(mergedLog.slice(0, -1).map((e) => [e.action, e.createdAt, e.note]));
    expect(copies.map((e) => e.action)).toContain('note');
    expect(survivorLog.at(-1)).toMatchObject({ action: 'mergedHere', note: merged.reference });
    const shown = (await cms
      .api('GET', `/inquiries/${survivor.id}?depth=1&joins[history][limit]=100`, { headers: headers.officer })
      .then((r) => r.json())) as { history: { docs: { summary: { en: string }; mergedFrom?: string }[] } };
    expect(shown.history.docs.map((e) => e.summary.en)).toContain(`[${merged.reference}] Second form, same project`);

    const tracked = await cms.api('POST', '/inquiries/track', { headers: headers.service, body: { reference: merged.reference, email } });
    expect(tracked.status).toBe(200);
    expect(await tracked.json()).toMatchObject({
      found: true,
      // The prospect's own reference stays the one shown (the tracking page answers with it).
      reference: merged.reference,
      // The reply moved the survivor on; the merged reference shows where the survivor stands.
      stage: (await lead(survivor.id)).stage,
      officerName: 'Officer Zhang',
      messages: [{ from: 'bureau', body: 'We have land ready.' }],
    });
    // The prospect's answer through the old reference reaches the survivor.
    const answered = await cms.api('POST', '/inquiries/answer', {
      headers: headers.service,
      body: { reference: merged.reference, email, message: 'Thanks!', idempotencyKey: newKey() },
    });
    expect(answered.status, await answered.clone().text()).toBe(201);
    // (Its notice to the owner is queued right after it, so the answer need not be the last entry.)
    expect((await timeline(survivor.id)).filter((e) => e.action === 'answer').map((e) => e.note)).toEqual(['Thanks!']);
    expect((await timeline(merged.id)).map((e) => e.action)).not.toContain('answer');
  });

  it('refuses bad requests with a field error in both languages, and changes nothing', async () => {
    const a = await create(prospect());
    const b = await create(prospect());
    const c = await create(prospect());
    expect((await merge(c.id, b.id)).status).toBe(200);
    const cases: [number | string, unknown, string][] = [
      [a.id, a.reference, '不能合并到自身 / an inquiry cannot be merged into itself'],
      [a.id, 'XT-2099-999999', '找不到该咨询 / no inquiry has this reference'],
      [a.id, 99_999_999, '找不到该咨询 / no inquiry has this reference'],
      [a.id, { id: b.id }, '找不到该咨询 / no inquiry has this reference'],
      [a.id, '', '请填写要保留的咨询编号 / enter the reference of the inquiry to keep'],
      [a.id, undefined, '请填写要保留的咨询编号 / enter the reference of the inquiry to keep'],
      [c.id, a.id, '本咨询已合并过 / this inquiry is already merged'],
      [a.id, c.reference, '该咨询已合并到其他咨询 / that inquiry is itself merged into another'],
    ];
    for (const [id, into, message] of cases) {
      const response = await merge(id, into);
      expect(response.status, JSON.stringify(into)).toBe(400);
      expect(await fieldErrorsOf(response)).toEqual([{ path: 'into', message }]);
    }
    const garbled = await cms.api('POST', `/inquiries/${a.id}/merge`, { headers: headers.officer, body: 'not json' });
    expect(garbled.status).toBe(400);
    expect((await merge('99999999', b.id)).status).toBe(404);
    expect((await merge('not-an-id', b.id)).status).toBe(404);
    expect(await lead(a.id)).toMatchObject({ stage: 'new', mergedInto: null });
  });

  it('is for the bureau only', async () => {
    const a = await create(prospect());
    const b = await create(prospect());
    for (const who of ['editor', 'service', 'anonymous'] as const) expect((await merge(a.id, b.id, who)).status, who).toBe(403);
    expect((await merge(a.id, b.id, 'admin')).status).toBe(200);
  });
});

describe('handing several leads over at once', () => {
  it("is the list's bulk edit of the owner, and each lead's timeline logs its change", async () => {
    const leads = [await create(prospect()), await create(prospect()), await create(prospect())];
    const ids = leads.map((l) => l.id).join(',');
    const response = await cms.api('PATCH', `/inquiries?where[id][in]=${ids}`, { headers: headers.officer, body: { owner: colleague.id } });
    expect(response.status, await response.clone().text()).toBe(200);
    for (const one of leads) {
      expect((await lead(one.id)).owner).toBe(colleague.id);
      expect((await timeline(one.id)).find((e) => e.action === 'owner')).toMatchObject({
        from: '',
        to: `Officer Li <${colleague.email}>`,
        actor: officer.id,
      });
    }
  });
});

describe('outside the bureau', () => {
  it('nobody sees the duplicate marks or merges, through REST or GraphQL', async () => {
    const { email, company } = prospect();
    const first = await create({ email, company });
    await create({ email, company });
    for (const who of ['editor', 'service', 'anonymous'] as const) {
      expect((await cms.api('GET', `/inquiries/${first.id}`, { headers: headers[who] })).status, who).toBe(403);
      const list = await cms.api('GET', '/inquiries?where[duplicates][exists]=true', { headers: headers[who] });
      expect(list.status, who).toBe(403);
    }
    for (const user of [editor, undefined]) {
      const result = await graphQL(
        cms.payload,
        user,
        `{ Inquiries(where: { duplicates: { exists: true } }) { docs { reference duplicates { reference } mergedInto { reference } } } }`,
      );
      expect(result.data?.Inquiries ?? null).toBeNull();
      expect(result.errors?.[0]?.message).toBeTruthy();
    }
    const officers = await graphQL(cms.payload, officer, `{ Inquiry(id: ${first.id}) { duplicates { reference } } }`);
    expect(officers.errors).toBeUndefined();
    expect((officers.data?.Inquiry as { duplicates: unknown[] }).duplicates).toHaveLength(1);
  });
});
