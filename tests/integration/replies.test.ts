import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphQL } from '../helpers/graphql';
import { publishInquiryIndustries, validInquiry } from '../helpers/inquiries';
import { authHeader, makeUser, startTestCms, type TestCms } from '../helpers/payload';
import { startLeadMailServer, type TestSmtpServer } from '../helpers/smtp';
import { waitFor } from '../helpers/waitFor';

// Replies to prospects, the lead's timeline and the prospect's answer, through the REST API as
// officers, the site and editors meet them, on a real jobs queue and a real SMTP server.
let cms: TestCms;
let smtp: TestSmtpServer;
let officer: Awaited<ReturnType<typeof makeUser>>;
let editor: Awaited<ReturnType<typeof makeUser>>;
const headers: Record<'admin' | 'officer' | 'editor' | 'service', Record<string, string>> = {} as never;
let templateId: number | string;

beforeAll(async () => {
  smtp = await startLeadMailServer({ SITE_PUBLIC_URL: 'https://invest.example/' });
  cms = await startTestCms(undefined, { jobRunner: true });
  const { payload } = cms;
  await publishInquiryIndustries(payload);
  officer = await makeUser(payload, 'investment-officer', 'Officer Zhang');
  editor = await makeUser(payload, 'editor', 'Editor Wu');
  headers.admin = await authHeader(payload, await makeUser(payload, 'admin', 'Ada Admin'));
  headers.officer = await authHeader(payload, officer);
  headers.editor = await authHeader(payload, editor);
  headers.service = await authHeader(payload, await makeUser(payload, 'site-service'));
  await payload.updateGlobal({ slug: 'lead-desk', overrideAccess: true, data: { defaultOfficer: officer.id } });
  const park = await payload.create({
    collection: 'parks',
    overrideAccess: true,
    data: { name: '电机产业园', slug: 'motor-park', _status: 'published' },
  });
  await payload.update({
    collection: 'parks',
    id: park.id,
    overrideAccess: true,
    locale: 'en',
    data: { name: 'Motor Park', summary: 'Land for motor plants.', _status: 'published' },
  });
  const template = await cms.api('POST', '/reply-templates', {
    headers: headers.admin,
    body: {
      name: 'First answer',
      bodyZh: '{name}您好：感谢您的咨询 {reference}。我是{officer}。{park}',
      bodyEn: 'Dear {name},\n\nThank you for inquiry {reference}. I am {officer}; {park} has land ready. {unknown}',
      linkIndustry: true,
      linkPark: true,
      linkPolicies: true,
    },
  });
  expect(template.status, await template.clone().text()).toBe(201);
  templateId = ((await template.json()) as { doc: { id: number } }).doc.id;
}, 60_000);
afterAll(async () => {
  await cms?.close();
  await smtp?.stop();
});

const addresses = (field: unknown) =>
  (Array.isArray(field) ? field : [field]).flatMap((a: { value?: { address?: string }[] } | undefined) => a?.value?.map((v) => v.address));

async function submit(data: Partial<typeof validInquiry> = {}) {
  const parks = await cms.payload.find({ collection: 'parks', where: { slug: { equals: 'motor-park' } }, overrideAccess: true });
  return cms.payload.create({
    collection: 'inquiries',
    overrideAccess: true,
    data: { ...validInquiry, park: parks.docs[0]!.id, ...data },
  });
}

type Entry = {
  action: string;
  summary: string;
  by: string;
  emailKind?: string;
  emailState?: string;
  attempts?: number;
  lastError?: string;
};

type Bilingual = { zh: string; en: string };

/**
 * The inquiry's timeline as the admin shows it in one of its languages: the inquiry read by an
 * officer, each entry's line and actor given in both languages (the admin's cell picks one).
 */
async function history(id: number | string, lang: 'zh' | 'en' = 'en'): Promise<Entry[]> {
  const response = await cms.api('GET', `/inquiries/${id}?depth=1`, { headers: headers.officer });
  expect(response.status).toBe(200);
  const doc = (await response.json()) as { history: { docs: (Omit<Entry, 'summary' | 'by'> & { summary: Bilingual; by: Bilingual })[] } };
  return doc.history.docs.map((entry) => ({ ...entry, summary: entry.summary[lang], by: entry.by[lang] }));
}

const reply = (inquiry: number | string, body: Record<string, unknown> = {}) =>
  cms.api('POST', '/inquiry-replies?depth=0', { headers: headers.officer, body: { inquiry, ...body } });

describe('a reply from the desk', () => {
  it('goes out from the bureau in the prospect’s language, Reply-To the officer, with the reference, and ends the response clock', async () => {
    const lead = await submit({ name: 'Jane Doe', email: 'jane.reply@example.com', preferredLanguage: 'en' });
    expect(lead.firstResponseAt).toBeFalsy();
    // The form asks for the template's text first, as the reply form does when a template is chosen.
    const draft = await cms.api('POST', '/inquiry-replies/draft', {
      headers: headers.officer,
      body: { inquiry: lead.id, template: templateId },
    });
    expect(draft.status).toBe(200);
    const drafted = (await draft.json()) as { body: string; language: string };
    expect(drafted.language).toBe('en');
    expect(drafted.body).toBe(
      `Dear Jane Doe,\n\nThank you for inquiry ${lead.reference}. I am Officer Zhang; Motor Park has land ready. {unknown}\n\n` +
        'The industry: https://invest.example/en/industries/motors-electric-drive\n' +
        'The park: https://invest.example/en/parks/motor-park\nPolicies: https://invest.example/en/policies',
    );
    const created = await reply(lead.id, { template: templateId, body: `${drafted.body}\n\nSee you soon.` });
    expect(created.status, await created.clone().text()).toBe(201);
    const sent = await waitFor(
      () =>
        smtp.messages.find((m) => addresses(m.to).includes('jane.reply@example.com') && m.subject?.includes('Investment Promotion Bureau')),
      'the reply',
    );
    expect(sent.subject).toBe(`Your inquiry ${lead.reference} – Xiangtan Hi-tech Zone Investment Promotion Bureau`);
    expect(addresses(sent.from)).toEqual(['leads@portal.invalid']);
    expect(addresses(sent.replyTo)).toEqual([officer.email]);
    expect(sent.text).toContain('See you soon.\n\nOfficer Zhang\nInvestment Promotion Bureau, Xiangtan Hi-tech Zone');
    expect(sent.text).toContain(
      `Reference: ${lead.reference}. You can answer by replying to this email or at https://invest.example/en/track.`,
    );
    const after = await cms.payload.findByID({ collection: 'inquiries', id: lead.id, overrideAccess: true });
    expect(after.stage).toBe('contacted');
    expect(after.firstResponseAt).toBeTruthy();
    const entry = await waitFor(
      async () => (await history(lead.id)).find((e) => e.emailKind === 'reply' && e.emailState === 'sent'),
      'sent',
    );
    expect(entry).toMatchObject({ summary: 'Reply to the prospect (English): sent, 1 attempt', by: 'Officer Zhang', attempts: 1 });
  });

  it('from a template with no text of its own is the template’s text; without either it is refused beside its field, in both languages', async () => {
    const lead = await submit({ name: '王芳', email: 'wang.reply@example.cn', preferredLanguage: 'zh' });
    const created = await reply(lead.id, { template: templateId });
    expect(created.status).toBe(201);
    const doc = ((await created.json()) as { doc: { body: string; language: string; author: number } }).doc;
    expect(doc.language).toBe('zh');
    expect(doc.author).toBe(officer.id);
    expect(doc.body).toContain(`王芳您好：感谢您的咨询 ${lead.reference}。我是Officer Zhang。`);
    expect(doc.body).toContain('产业介绍: https://invest.example/zh/industries/motors-electric-drive');
    // No inquiry, an unknown one: refused beside the field, never a server error.
    for (const inquiry of [undefined, 987654]) {
      const refused = await cms.api('POST', '/inquiry-replies', { headers: headers.officer, body: { inquiry, body: 'Hello' } });
      expect(refused.status, String(inquiry)).toBe(400);
      expect(((await refused.json()) as { errors: { data: { errors: { path: string }[] } }[] }).errors[0]!.data.errors[0]!.path).toBe(
        'inquiry',
      );
    }
    const empty = await reply(lead.id, { body: '  ' });
    expect(empty.status).toBe(400);
    const error = ((await empty.json()) as { errors: { data: { errors: { path: string; message: string }[] } }[] }).errors[0]!.data
      .errors[0]!;
    expect(error).toEqual({ path: 'body', message: '请填写答复或选择模板 / write a reply or choose a template', label: expect.anything() });
  });

  it(
    'through a mail server outage: "failed, retrying" with the error, then "sent", and the prospect gets it once',
    { timeout: 90_000 },
    async () => {
      const lead = await submit({ email: 'outage.reply@example.com', preferredLanguage: 'en' });
      await waitFor(() => smtp.messages.some((m) => addresses(m.to).includes('outage.reply@example.com')), 'the confirmation');
      await smtp.stop();
      try {
        expect((await reply(lead.id, { body: 'We are looking into it.' })).status).toBe(201);
        const failing = await waitFor(
          async () =>
            (await history(lead.id)).find((e) => e.emailKind === 'reply' && e.emailState === 'retrying' && (e.attempts ?? 0) >= 2),
          'failed, retrying',
        );
        expect(failing.summary).toMatch(/^Reply to the prospect \(English\): failed, retrying, \d+ attempts; last error: .*ECONNREFUSED/);
        const zh = (await history(lead.id, 'zh')).find((e) => e.emailKind === 'reply')!;
        expect(zh.summary).toMatch(/^给客户的答复 \(英文\): 发送失败，正在重试，已尝试 \d+ 次；最近错误：/);
      } finally {
        await smtp.start();
      }
      const sent = await waitFor(
        async () => (await history(lead.id)).find((e) => e.emailKind === 'reply' && e.emailState === 'sent'),
        'sent after the outage',
        60_000,
      );
      expect(sent.attempts).toBeGreaterThan(2);
      await new Promise((resolve) => setTimeout(resolve, 2000));
      const replies = smtp.messages.filter(
        (m) => addresses(m.to).includes('outage.reply@example.com') && m.text?.includes('We are looking into it.'),
      );
      expect(replies).toHaveLength(1);
    },
  );
});

describe('the timeline', () => {
  it('tells the whole story in order, in the admin’s language, with who did what; notes are entries of their own', async () => {
    // A company of its own: another lead of the same company would add "possible duplicate" entries.
    const lead = await submit({ email: 'story@example.com', company: 'Story Motors' });
    await waitFor(async () => (await history(lead.id)).filter((e) => e.emailState === 'sent').length === 3 || undefined, 'three emails');
    const patch = (body: Record<string, unknown>) => cms.api('PATCH', `/inquiries/${lead.id}`, { headers: headers.officer, body });
    expect((await patch({ newNote: 'Called, no answer.' })).status).toBe(200);
    expect((await patch({ stage: 'acknowledged', newNote: 'Wants land near the river.' })).status).toBe(200);
    expect((await reply(lead.id, { body: 'Thank you, we will call you on Monday.' })).status).toBe(201);
    await waitFor(async () => (await history(lead.id)).find((e) => e.emailKind === 'reply' && e.emailState === 'sent'), 'the reply');
    const answered = await cms.api('POST', '/inquiries/answer', {
      headers: headers.service,
      body: { reference: lead.reference, email: 'story@example.com', message: 'Monday is fine.', idempotencyKey: randomUUID() },
    });
    expect(answered.status).toBe(201);
    const entries = await history(lead.id);
    expect(entries.map((e) => [e.action, e.summary, e.by])).toEqual([
      ['created', 'Inquiry received, stage: Assigned to an officer\n负责专员 / owner: Officer Zhang <' + officer.email + '>', 'System'],
      ['email', 'Notice to the bureau inbox: sent, 1 attempt', 'System'],
      ['email', 'Notice to the officer: sent, 1 attempt', 'System'],
      ['email', 'Confirmation to the prospect: sent, 1 attempt', 'System'],
      ['note', 'Called, no answer.', 'Officer Zhang'],
      ['stage', 'Assigned to an officer → Acknowledged', 'Officer Zhang'],
      ['note', 'Wants land near the river.', 'Officer Zhang'],
      ['email', 'Reply to the prospect (Chinese): sent, 1 attempt', 'Officer Zhang'],
      ['stage', 'Acknowledged → Contacted', 'Officer Zhang'],
      ['answer', 'Monday is fine.', 'Prospect'],
      ['email', 'Prospect’s answer, to the owner: queued', 'System'],
    ]);
    const zh = await history(lead.id, 'zh');
    expect(zh[5]).toMatchObject({ summary: '已分配专员 → 已确认收到', by: 'Officer Zhang' });
    expect(zh[9]).toMatchObject({ by: '客户' });
    // Entries are the CMS's own: nobody writes or changes one through the API.
    const first = (
      await cms.payload.find({ collection: 'inquiry-activities', where: { inquiry: { equals: lead.id } }, overrideAccess: true })
    ).docs[0]!;
    expect(
      (await cms.api('PATCH', `/inquiry-activities/${first.id}`, { headers: headers.admin, body: { note: 'rewritten' } })).status,
    ).toBe(403);
    expect(
      (await cms.api('POST', '/inquiry-activities', { headers: headers.officer, body: { inquiry: lead.id, action: 'note', note: 'x' } }))
        .status,
    ).toBe(403);
  });

  it('is nothing an editor can read, by REST or GraphQL, nor are replies and templates', async () => {
    const lead = await submit({ email: 'hidden@example.com' });
    for (const path of ['/inquiry-activities', '/inquiry-replies', '/reply-templates', `/inquiries/${lead.id}`])
      expect((await cms.api('GET', path, { headers: headers.editor })).status, path).toBe(403);
    expect(
      (await cms.api('POST', '/inquiry-replies/draft', { headers: headers.editor, body: { inquiry: lead.id, template: templateId } }))
        .status,
    ).toBe(403);
    for (const query of ['InquiryActivities', 'InquiryReplies', 'ReplyTemplates']) {
      const result = await graphQL(cms.payload, editor, `{ ${query}(limit: 1) { totalDocs } }`);
      expect(result.errors?.length, query).toBeGreaterThan(0);
    }
  });
});

describe('the prospect’s answer', () => {
  it('is stored once per form, tells the owner by email, and shows with the replies on the tracking answer; nothing else is given', async () => {
    const lead = await submit({ email: 'answer@example.com', company: 'Answer GmbH', preferredLanguage: 'en' });
    expect((await reply(lead.id, { body: 'Marked for you.' })).status).toBe(201);
    expect((await reply(lead.id, { body: 'Internal only.', showOnTrackPage: false })).status).toBe(201);
    const key = randomUUID();
    const answer = (body: Record<string, unknown>) =>
      cms.api('POST', '/inquiries/answer', {
        headers: headers.service,
        body: {
          reference: lead.reference!.toLowerCase(),
          email: 'ANSWER@example.com',
          message: 'We can visit in May.',
          idempotencyKey: key,
          ...body,
        },
      });
    expect((await answer({})).status).toBe(201);
    const again = await answer({});
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ answered: true, duplicate: true });
    const notice = await waitFor(
      () => smtp.messages.find((m) => m.subject === `[${lead.reference}] 客户回复 / The prospect answered: Answer GmbH`),
      'the owner’s notice',
    );
    expect(addresses(notice.to)).toEqual([officer.email]);
    expect(notice.text).toContain('We can visit in May.');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(smtp.messages.filter((m) => m.subject === notice.subject)).toHaveLength(1);

    expect((await answer({ email: 'someone@example.com', idempotencyKey: randomUUID() })).status).toBe(404);
    const refused = await answer({ message: '', idempotencyKey: randomUUID() });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({
      errors: [{ data: { errors: [{ path: 'message', message: '此项为必填项 / this field is required' }] } }],
    });
    const tooLong = await answer({ message: 'x'.repeat(5001), idempotencyKey: randomUUID() });
    expect(tooLong.status).toBe(400);
    const notJson = await cms.api('POST', '/inquiries/answer', { headers: headers.service, body: '{oops' });
    expect(notJson.status).toBe(404);

    const tracked = await cms.api('POST', '/inquiries/track', {
      headers: headers.service,
      body: { reference: lead.reference, email: 'answer@example.com' },
    });
    const body = (await tracked.json()) as { messages: { from: string; body: string; at: string; officerName?: string }[] };
    expect(Object.keys(body).sort()).toEqual(['found', 'messages', 'officerName', 'receivedAt', 'reference', 'stage']);
    expect(body.messages.map((m) => [m.from, m.body, m.officerName])).toEqual([
      ['bureau', 'Marked for you.', 'Officer Zhang'],
      ['prospect', 'We can visit in May.', undefined],
    ]);
    const entries = (await history(lead.id)).filter((e) => e.action === 'answer');
    expect(entries).toHaveLength(1);
  });
});
