import { createLocalReq } from 'payload';
import { stringify } from 'qs-esm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDate, chinaMidnight } from '#common/chinaTime.ts';
import { sweepFollowUps } from '../../cms/src/jobs/followUpSweep';
import { dueTodayWhere, followUpOverdueWhere, myLeadsWhere, noReplyWhere } from '../../cms/src/collections/Inquiries/followUp';
import { graphQL } from '../helpers/graphql';
import { newKey, publishInquiryIndustries, validInquiry } from '../helpers/inquiries';
import { authHeader, makeUser, startTestCms, type TestCms } from '../helpers/payload';
import { startLeadMailServer, type TestSmtpServer } from '../helpers/smtp';
import { waitFor } from '../helpers/waitFor';

// The lead desk's follow-up on a real jobs queue and a real SMTP server: the next action day and
// its timeline, the owner's reminder from the hourly round on a clock the test gives it (the
// round's `now`), the non-responsive flag, and the desk's lists as officers and editors query them.
let cms: TestCms;
let smtp: TestSmtpServer;
let officer: Awaited<ReturnType<typeof makeUser>>;
let colleague: Awaited<ReturnType<typeof makeUser>>;
let editor: Awaited<ReturnType<typeof makeUser>>;
const headers: Record<'officer' | 'editor' | 'service', Record<string, string>> = {} as never;

beforeAll(async () => {
  smtp = await startLeadMailServer();
  cms = await startTestCms(undefined, { jobRunner: true });
  const { payload } = cms;
  await publishInquiryIndustries(payload);
  officer = await makeUser(payload, 'investment-officer', 'Officer Zhang');
  colleague = await makeUser(payload, 'investment-officer', 'Officer Li');
  editor = await makeUser(payload, 'editor', 'Editor Wu');
  headers.officer = await authHeader(payload, officer);
  headers.editor = await authHeader(payload, editor);
  headers.service = await authHeader(payload, await makeUser(payload, 'site-service'));
  await payload.updateGlobal({ slug: 'lead-desk', overrideAccess: true, data: { defaultOfficer: officer.id } });
}, 240_000);
afterAll(async () => {
  await cms?.close();
  await smtp?.stop();
});

const submit = (data: Record<string, unknown> = {}) =>
  cms.payload.create({
    collection: 'inquiries',
    overrideAccess: true,
    data: { ...validInquiry, idempotencyKey: newKey(), ...data } as never,
  });

const setNextAction = (id: number | string, nextActionOn: string | null) =>
  cms.api('PATCH', `/inquiries/${id}?depth=0`, { headers: headers.officer, body: { nextActionOn } });

/** The lead's timeline lines in one admin language, as an officer reads them. */
async function timeline(id: number | string, lang: 'zh' | 'en' = 'en') {
  const response = await cms.api('GET', `/inquiries/${id}?depth=1`, { headers: headers.officer });
  expect(response.status).toBe(200);
  const doc = (await response.json()) as {
    history: { docs: { action: string; emailKind?: string; emailState?: string; summary: { zh: string; en: string } }[] };
  };
  return doc.history.docs.map((entry) => ({ ...entry, summary: entry.summary[lang] }));
}

/** One follow-up round through the jobs queue at `now`, waited for until done. */
async function sweepAt(now: string) {
  const job = await cms.payload.jobs.queue({ task: 'followUpSweep', input: { now } });
  return waitFor(async () => {
    const found = await cms.payload.find({ collection: 'payload-jobs', where: { id: { equals: job.id } }, overrideAccess: true });
    const done = found.docs[0];
    // Done jobs are deleted; their output is gone with them, the effects are what counts.
    return !done || done.completedAt ? true : undefined;
  }, `the follow-up round at ${now}`);
}

const remindersFor = (reference: string) => smtp.messages.filter((m) => m.subject?.includes(`[${reference}] 今日跟进提醒`));

describe('the next action day', () => {
  it('is set by the officer as a China day, refused when it is no date, and logged on the timeline in both languages', async () => {
    const lead = await submit();
    const set = await setNextAction(lead.id, '2027-03-10');
    expect(set.status, await set.clone().text()).toBe(200);
    const doc = ((await set.json()) as { doc: { nextActionOn: string } }).doc;
    expect(doc.nextActionOn).toBe('2027-03-10T04:00:00.000Z');
    const bad = await setNextAction(lead.id, 'next tuesday');
    expect(bad.status).toBe(400);
    const errors = ((await bad.json()) as { errors: { data?: { errors?: { path: string; message: string }[] } }[] }).errors;
    expect(errors[0]!.data!.errors).toEqual([{ path: 'nextActionOn', message: '日期无效 / not a valid date', label: expect.anything() }]);
    await setNextAction(lead.id, null);
    const lines = (await timeline(lead.id)).filter((e) => e.action === 'nextAction').map((e) => e.summary);
    expect(lines).toEqual(['Next action: none → 2027-03-10', 'Next action: 2027-03-10 → none']);
    const zh = (await timeline(lead.id, 'zh')).filter((e) => e.action === 'nextAction').map((e) => e.summary);
    expect(zh).toEqual(['下次跟进日期：未设 → 2027-03-10', '下次跟进日期：2027-03-10 → 未设']);
  });

  it('leaves the reminder bookkeeping to the CMS: what an officer sends for it is dropped', async () => {
    const lead = await submit();
    const tried = await cms.api('PATCH', `/inquiries/${lead.id}?depth=0`, {
      headers: headers.officer,
      body: { remindedFor: '2027-01-01', nonResponsive: true, awaitingAnswerSince: '2027-01-01T00:00:00Z' },
    });
    expect(tried.status).toBe(200);
    const stored = await cms.payload.findByID({ collection: 'inquiries', id: lead.id, overrideAccess: true });
    expect([stored.remindedFor ?? null, stored.nonResponsive, stored.awaitingAnswerSince ?? null]).toEqual([null, false, null]);
  });
});

describe('the owner’s reminder', () => {
  it('arrives once, on the day from 08:00 China time, through the email job, with its state on the timeline', async () => {
    const lead = await submit({ company: 'Reminder GmbH' });
    expect((await setNextAction(lead.id, '2027-03-10')).status).toBe(200);
    // The evening before and 07:30 on the day in China: nothing.
    await sweepAt('2027-03-09T12:00:00.000Z');
    await sweepAt('2027-03-09T23:30:00.000Z');
    // The round queues the reminder's timeline entry itself: none yet.
    expect((await timeline(lead.id)).filter((e) => e.emailKind === 'reminder')).toEqual([]);
    // 08:05 on the day.
    await sweepAt('2027-03-10T00:05:00.000Z');
    const mail = await waitFor(() => remindersFor(lead.reference!)[0], 'the reminder');
    expect(mail.to && 'value' in mail.to ? mail.to.value.map((v) => v.address) : []).toEqual([officer.email]);
    expect(mail.text).toContain(`今天（2027-03-10）是咨询 ${lead.reference} 的下次跟进日期`);
    expect(mail.text).toContain(`today (2027-03-10) is the next action day of inquiry ${lead.reference}`);
    expect(mail.text).not.toContain(validInquiry.message);
    await waitFor(async () => (await timeline(lead.id)).find((e) => e.emailKind === 'reminder' && e.emailState === 'sent'), 'sent');
    // Later rounds that day and the next: not again.
    await sweepAt('2027-03-10T05:05:00.000Z');
    await sweepAt('2027-03-11T01:05:00.000Z');
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(remindersFor(lead.reference!)).toHaveLength(1);
    const reminders = (await timeline(lead.id)).filter((e) => e.emailKind === 'reminder');
    expect(reminders.map((e) => e.summary)).toEqual(['Follow-up reminder to the owner: sent, 1 attempt']);
    // A new day is reminded again, on that day.
    expect((await setNextAction(lead.id, '2027-03-15')).status).toBe(200);
    await sweepAt('2027-03-15T01:05:00.000Z');
    await waitFor(() => remindersFor(lead.reference!)[1], 'the second reminder');
    expect(remindersFor(lead.reference!)[1]!.text).toContain('2027-03-15');
  });

  it('still reaches the other owners when one lead no longer saves (its owner is an officer no more)', async () => {
    const former = await makeUser(cms.payload, 'investment-officer', 'Officer Gone');
    const stuck = await submit({ company: 'Stuck GmbH', owner: former.id });
    const fine = await submit({ company: 'Fine GmbH' });
    for (const lead of [stuck, fine]) expect((await setNextAction(lead.id, '2027-05-06')).status).toBe(200);
    await cms.payload.update({ collection: 'users', id: former.id, overrideAccess: true, data: { role: 'editor' } });
    await sweepAt('2027-05-06T01:00:00.000Z');
    await waitFor(() => remindersFor(fine.reference!)[0], 'the other lead’s reminder');
    const after = await cms.payload.findByID({ collection: 'inquiries', id: stuck.id, overrideAccess: true });
    expect(after.remindedFor ?? null).toBeNull();
  });

  it('is sent once when two rounds run at the same moment (two CMS processes on one queue)', async () => {
    const lead = await submit({ company: 'Twice GmbH' });
    expect((await setNextAction(lead.id, '2027-06-08')).status).toBe(200);
    const now = new Date('2027-06-08T01:05:00.000Z');
    // Two rounds with their own requests, interleaved as two processes' runners are: both read
    // the lead before either has written its reminder day.
    const rounds = await Promise.all([
      sweepFollowUps(await createLocalReq({}, cms.payload), now),
      sweepFollowUps(await createLocalReq({}, cms.payload), now),
    ]);
    expect(rounds.map((round) => round.reminded).sort()).toEqual([0, 1]);
    await waitFor(() => remindersFor(lead.reference!)[0], 'the reminder');
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(remindersFor(lead.reference!)).toHaveLength(1);
    const after = await cms.payload.findByID({ collection: 'inquiries', id: lead.id, overrideAccess: true });
    expect(after.remindedFor).toBe('2027-06-08');
  });

  it('is not sent for a closed lead', async () => {
    const lead = await submit({ company: 'Closed GmbH' });
    await setNextAction(lead.id, '2027-04-01');
    await cms.api('PATCH', `/inquiries/${lead.id}`, { headers: headers.officer, body: { stage: 'closed', closeReason: 'not-a-fit' } });
    await sweepAt('2027-04-01T01:00:00.000Z');
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(remindersFor(lead.reference!)).toHaveLength(0);
  });
});

describe('a non-responsive lead', () => {
  it('is marked after 42 days without an answer to the last reply, said on the timeline, and cleared by the prospect’s answer', async () => {
    const lead = await submit({ email: 'silent@example.com', company: 'Silent GmbH' });
    const replied = await cms.api('POST', '/inquiry-replies?depth=0', {
      headers: headers.officer,
      body: { inquiry: lead.id, body: 'Hello' },
    });
    expect(replied.status, await replied.clone().text()).toBe(201);
    const since = (await cms.payload.findByID({ collection: 'inquiries', id: lead.id, overrideAccess: true })).awaitingAnswerSince!;
    expect(since).toBeTruthy();
    const day = 86_400_000;
    await sweepAt(new Date(new Date(since).getTime() + 41 * day).toISOString());
    expect((await cms.payload.findByID({ collection: 'inquiries', id: lead.id, overrideAccess: true })).nonResponsive).toBe(false);
    await sweepAt(new Date(new Date(since).getTime() + 42 * day).toISOString());
    await sweepAt(new Date(new Date(since).getTime() + 43 * day).toISOString());
    const marked = await cms.payload.findByID({ collection: 'inquiries', id: lead.id, overrideAccess: true });
    expect([marked.nonResponsive, marked.stage]).toEqual([true, 'contacted']);
    const flags = () => timeline(lead.id).then((lines) => lines.filter((e) => e.action === 'nonResponsive').map((e) => e.summary));
    expect(await flags()).toEqual(['No answer from the prospect for six weeks after the last reply: marked non-responsive']);
    const answered = await cms.api('POST', '/inquiries/answer', {
      headers: headers.service,
      body: { reference: lead.reference, email: 'silent@example.com', message: 'Sorry, back now.', idempotencyKey: newKey() },
    });
    expect(answered.status).toBe(201);
    const cleared = await cms.payload.findByID({ collection: 'inquiries', id: lead.id, overrideAccess: true });
    expect([cleared.nonResponsive, cleared.awaitingAnswerSince ?? null]).toEqual([false, null]);
    expect(await flags()).toEqual([
      'No answer from the prospect for six weeks after the last reply: marked non-responsive',
      'The prospect answered: no longer non-responsive',
    ]);
  });
});

describe('the follow-up lists', () => {
  it('give an officer their leads, those due today, those overdue and those without a reply for N days; an editor none', async () => {
    const now = new Date();
    const today = chinaDate(now);
    const shift = (days: number) => chinaDate(new Date(new Date(chinaMidnight(today)).getTime() + days * 86_400_000 + 3600_000));
    const mine = await submit({ company: 'List Today' });
    await setNextAction(mine.id, today);
    const late = await submit({ company: 'List Late', owner: colleague.id });
    await setNextAction(late.id, shift(-3));
    const later = await submit({ company: 'List Later' });
    await setNextAction(later.id, shift(2));
    const closedLate = await submit({ company: 'List Closed' });
    await setNextAction(closedLate.id, shift(-3));
    await cms.api('PATCH', `/inquiries/${closedLate.id}`, {
      headers: headers.officer,
      body: { stage: 'closed', closeReason: 'duplicate' },
    });
    const quiet = await submit({ company: 'List Quiet' });
    await cms.payload.update({
      collection: 'inquiries',
      id: quiet.id,
      overrideAccess: true,
      data: { awaitingAnswerSince: new Date(now.getTime() - 15 * 86_400_000).toISOString() },
    });
    const fresh = await submit({ company: 'List Fresh' });
    await cms.payload.update({
      collection: 'inquiries',
      id: fresh.id,
      overrideAccess: true,
      data: { awaitingAnswerSince: new Date(now.getTime() - 3 * 86_400_000).toISOString() },
    });
    const listed = async (where: object, caller: 'officer' | 'editor' = 'officer') => {
      const response = await cms.api('GET', `/inquiries?${stringify({ where, limit: 100, depth: 0 })}`, { headers: headers[caller] });
      if (response.status !== 200) return response.status;
      const companies = ((await response.json()) as { docs: { company: string }[] }).docs.map((d) => d.company);
      return companies.filter((c) => c.startsWith('List ')).sort();
    };
    expect(await listed(dueTodayWhere(now))).toEqual(['List Today']);
    expect(await listed(followUpOverdueWhere(now))).toEqual(['List Late']);
    expect(await listed(noReplyWhere(14, now))).toEqual(['List Quiet']);
    expect(await listed(noReplyWhere(2, now))).toEqual(['List Fresh', 'List Quiet']);
    expect(await listed(myLeadsWhere(colleague.id))).toEqual(['List Late']);
    expect(await listed(myLeadsWhere(officer.id))).toEqual(expect.arrayContaining(['List Today', 'List Later', 'List Quiet']));
    expect(await listed(myLeadsWhere(officer.id))).not.toContain('List Late');
    // The CSV export of a list names the next action day (China day).
    const csv = await cms.api('GET', `/inquiries/export.csv?${stringify({ where: { company: { equals: 'List Today' } } })}`, {
      headers: { ...headers.officer, 'accept-language': 'en', cookie: 'payload-lng=en' },
    });
    const [head, row] = (await csv.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    const cells = (line: string) => [...line.matchAll(/"((?:[^"]|"")*)"(?:,|$)/g)].map((m) => m[1]!);
    expect(cells(row!)[cells(head!).indexOf('Next action')]).toBe(today);
    // The lead desk's N: 14 unless an admin sets another.
    expect((await cms.payload.findGlobal({ slug: 'lead-desk', overrideAccess: true })).noReplyDays).toBe(14);
    // An editor gets none of it, through REST or GraphQL.
    expect(await listed(dueTodayWhere(now), 'editor')).toBe(403);
    const result = await graphQL(
      cms.payload,
      editor,
      `{ Inquiries(where: { nextActionOn: { exists: true } }) { docs { nextActionOn company } } }`,
    );
    expect(result.errors?.length).toBeGreaterThan(0);
    expect((result.data as { Inquiries?: unknown } | null | undefined)?.Inquiries ?? null).toBeNull();
    const officerResult = await graphQL(
      cms.payload,
      officer,
      `{ Inquiries(where: { nextActionOn: { exists: true }, company: { like: "List Today" } }) { docs { company nextActionOn nonResponsive } } }`,
    );
    expect(officerResult.errors).toBeUndefined();
    // As JSON, as a GraphQL response carries it.
    expect(JSON.parse(JSON.stringify(officerResult.data)).Inquiries.docs).toEqual([
      { company: 'List Today', nextActionOn: `${today}T04:00:00.000Z`, nonResponsive: false },
    ]);
  });
});
