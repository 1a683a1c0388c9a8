import type { PayloadRequest, TaskConfig } from 'payload';
import { inquiryEmail, type EmailContent, type InquiryForEmail, type NotificationKind } from '../collections/Inquiries/emails';
import { reminderEmail } from '../collections/Inquiries/reminderEmail';
import { answerNotice, replyEmail } from '../collections/Inquiries/replyEmails';
import { obligationEmail } from '../collections/InvestmentProjects/obligationEmail';
import { emailKinds, type EmailKind, type EmailState } from '../lib/timelineEntry';

const attempts = Number(process.env.EMAIL_RETRY_ATTEMPTS) || 15;
const delay = Number(process.env.EMAIL_RETRY_DELAY_MS) || 10_000;

const nameOf = (user: unknown) =>
  user && typeof user === 'object' ? (user as { name?: string; email?: string }).name || (user as { email?: string }).email : undefined;

async function user(req: PayloadRequest, id: string | undefined) {
  if (!id) return undefined;
  const found = await req.payload.find({
    collection: 'users',
    where: { id: { equals: id } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  });
  return found.docs[0];
}

/** The lead's timeline entry for this email, told where the message stands. */
async function record(req: PayloadRequest, entry: string | undefined, state: EmailState, tries: number, error?: unknown) {
  if (!entry) return;
  await req.payload.update({
    collection: 'inquiry-activities',
    id: entry,
    data: {
      emailState: state,
      attempts: tries,
      ...(state === 'sent' ? { sentAt: new Date().toISOString() } : {}),
      ...(error ? { lastError: String(error instanceof Error ? error.message : error).slice(0, 500) } : {}),
    },
    overrideAccess: true,
    req,
  });
}

/**
 * The notice of an obligation's due day to one of its project's officer and zone leader. A
 * project or obligation deleted before it went out, or a recipient without an address, sends nothing.
 */
async function sendObligationEmail(req: PayloadRequest, input: { project?: string; obligation?: string; officer?: string; day?: string }) {
  const project = input.project
    ? await req.payload.findByID({
        collection: 'investment-projects',
        id: input.project,
        depth: 0,
        overrideAccess: true,
        req,
        disableErrors: true,
      })
    : null;
  const row = project?.obligations?.find((obligation) => obligation.id === input.obligation);
  const recipient = await user(req, input.officer);
  if (!project || !row || !recipient?.email) return false;
  const admin = process.env.CMS_PUBLIC_URL?.replace(/\/$/, '');
  const content = obligationEmail(
    {
      project: project.name,
      kind: row.kind,
      description: row.description,
      target: row.target,
      day: input.day ?? '',
      recipientName: nameOf(recipient),
    },
    admin ? `${admin}/admin/collections/investment-projects/${project.id}` : undefined,
  );
  await req.payload.sendEmail({
    to: recipient.email,
    subject: content.subject,
    text: content.text,
    html: content.html,
    // The same id on every attempt, so a mail server can recognise a retried message.
    messageId: `<project-${project.id}.obligation.${row.id}.${recipient.id}@leads.portal.invalid>`,
  });
  return true;
}

/**
 * Sends one email of one inquiry: a notification (bureau inbox, officer, prospect's confirmation),
 * an officer's reply to the prospect, the notice of the prospect's answer to the owner, or the
 * owner's reminder on a next action day; or an investment project's obligation due (kind
 * `obligation`, from cms/src/jobs/obligationSweep.ts). Queued
 * (cms/src/collections/Inquiries/queueEmail.ts) in the same request that stores what it is about,
 * run by the CMS's own job runner (payload.config.ts `jobs.autoRun`); a failed send throws, and the
 * job is retried with exponential backoff (EMAIL_RETRY_ATTEMPTS retries, first after
 * EMAIL_RETRY_DELAY_MS), so a mail server that is down delays mail but never loses it or the lead.
 * One job per message, so a message is sent once. The lead's timeline entry for the message
 * (`entry`) says queued, sent, failed and retrying, or given up, with the attempts and last error:
 * job records are the admins' alone and are deleted once done.
 */
export const sendInquiryEmail: TaskConfig<{
  input: {
    inquiry?: string;
    kind: EmailKind | 'obligation';
    officer?: string;
    reply?: string;
    entry?: string;
    answer?: string;
    day?: string;
    project?: string;
    obligation?: string;
  };
  output: { sent: boolean };
}> = {
  slug: 'sendInquiryEmail',
  label: 'Send an inquiry email',
  inputSchema: [
    // Every kind but `obligation`, which is about an investment project (`project`, `obligation`).
    { name: 'inquiry', type: 'text' },
    { name: 'kind', type: 'select', required: true, options: [...emailKinds, 'obligation'] },
    { name: 'officer', type: 'text' },
    { name: 'reply', type: 'text' },
    { name: 'entry', type: 'text' },
    { name: 'answer', type: 'text' },
    // The next action day a reminder is for (kind `reminder`), the due day of an obligation.
    { name: 'day', type: 'text' },
    { name: 'project', type: 'text' },
    { name: 'obligation', type: 'text' },
  ],
  // Only whether it went out: job records must not hold prospects' addresses or words.
  outputSchema: [{ name: 'sent', type: 'checkbox' }],
  retries: { attempts, backoff: { type: 'exponential', delay } },
  handler: async ({ input, job, req }) => {
    const { payload } = req;
    const tries = (job.totalTried ?? 0) + 1;
    if (input.kind === 'obligation') return { output: { sent: await sendObligationEmail(req, input) } };
    if (!input.inquiry) return { output: { sent: false } };
    const found = await payload.find({
      collection: 'inquiries',
      where: { id: { equals: input.inquiry } },
      depth: 1,
      limit: 1,
      overrideAccess: true,
      req,
    });
    const inquiry = found.docs[0];
    // Erased before the mail went out: nothing to send (and no timeline left to tell).
    if (!inquiry) return { output: { sent: false } };
    const lang = inquiry.preferredLanguage === 'en' ? 'en' : 'zh';
    const site = process.env.SITE_PUBLIC_URL?.replace(/\/$/, '');
    const reference = inquiry.reference ?? '';
    let to: string | undefined;
    let replyTo: string | undefined;
    let content: EmailContent | undefined;
    if (input.kind === 'reply') {
      const reply = input.reply
        ? await payload.findByID({
            collection: 'inquiry-replies',
            id: input.reply,
            depth: 0,
            overrideAccess: true,
            req,
            disableErrors: true,
          })
        : null;
      const author = await user(req, reply?.author != null ? String(reply.author) : undefined);
      if (reply) {
        to = inquiry.email;
        replyTo = author?.email;
        const language = reply.language === 'en' ? 'en' : 'zh';
        content = replyEmail(
          { reference, body: reply.body ?? '', officerName: nameOf(author) ?? '', language },
          site ? `${site}/${language}/track` : undefined,
        );
      }
    } else if (input.kind === 'answer') {
      const answer = input.answer
        ? await payload.findByID({
            collection: 'inquiry-activities',
            id: input.answer,
            depth: 0,
            overrideAccess: true,
            req,
            disableErrors: true,
          })
        : null;
      to = (await user(req, input.officer))?.email ?? process.env.BUREAU_INBOX;
      if (answer)
        content = answerNotice({ reference, company: inquiry.company, text: answer.note ?? '', ownerName: nameOf(inquiry.owner) });
    } else if (input.kind === 'reminder') {
      const owner = await user(req, input.officer);
      to = owner?.email;
      const admin = process.env.CMS_PUBLIC_URL?.replace(/\/$/, '');
      content = reminderEmail(
        {
          reference,
          company: inquiry.company,
          country: inquiry.country,
          stage: inquiry.stage,
          day: input.day ?? '',
          ownerName: nameOf(owner),
        },
        admin ? `${admin}/admin/collections/inquiries/${inquiry.id}` : undefined,
      );
    } else {
      if (input.kind === 'bureau') to = process.env.BUREAU_INBOX;
      else if (input.kind === 'prospect') to = inquiry.email;
      else to = (await user(req, input.officer))?.email;
      const park = inquiry.park && typeof inquiry.park === 'object' ? inquiry.park : undefined;
      const data: InquiryForEmail = {
        ...inquiry,
        reference,
        parkName: park ? String((park as { name?: unknown }).name ?? park.slug) : null,
        ownerName: nameOf(inquiry.owner) ?? null,
      };
      content = inquiryEmail(input.kind as NotificationKind, data, site ? `${site}/${lang}/track` : undefined);
    }
    if (!to || !content) {
      await record(req, input.entry, 'skipped', 0);
      return { output: { sent: false } };
    }
    try {
      await payload.sendEmail({
        to,
        ...(replyTo ? { replyTo } : {}),
        subject: content.subject,
        text: content.text,
        html: content.html,
        // The same id on every attempt, so a mail server can recognise a retried message.
        messageId: `<${reference}.${input.kind}${input.officer ? `.${input.officer}` : ''}${input.entry ? `.${input.entry}` : ''}@leads.portal.invalid>`,
      });
    } catch (error) {
      // After the last retry the job gives up: the timeline says so.
      await record(req, input.entry, tries > attempts ? 'failed' : 'retrying', tries, error);
      throw error;
    }
    await record(req, input.entry, 'sent', tries);
    return { output: { sent: true } };
  },
};
