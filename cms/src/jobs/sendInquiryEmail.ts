import type { TaskConfig } from 'payload';
import { inquiryEmail, type InquiryForEmail, type NotificationKind } from '../collections/Inquiries/emails';

const attempts = Number(process.env.EMAIL_RETRY_ATTEMPTS) || 15;
const delay = Number(process.env.EMAIL_RETRY_DELAY_MS) || 10_000;

const nameOf = (user: unknown) =>
  user && typeof user === 'object' ? (user as { name?: string; email?: string }).name || (user as { email?: string }).email : undefined;

/**
 * Sends one notification of one inquiry. Queued by the inquiry's hook in the same request that
 * stores it, run by the CMS's own job runner (payload.config.ts `jobs.autoRun`); a failed send
 * throws, and the job is retried with exponential backoff (EMAIL_RETRY_ATTEMPTS tries,
 * first retry after EMAIL_RETRY_DELAY_MS), so a mail server that is down delays mail but never
 * loses it or the lead. One job per message, so a message is sent once.
 */
export const sendInquiryEmail: TaskConfig<{
  input: { inquiry: string; kind: NotificationKind; officer?: string };
  output: { sent: boolean };
}> = {
  slug: 'sendInquiryEmail',
  label: 'Send an inquiry notification',
  inputSchema: [
    { name: 'inquiry', type: 'text', required: true },
    { name: 'kind', type: 'select', required: true, options: ['bureau', 'officer', 'prospect'] },
    { name: 'officer', type: 'text' },
  ],
  // Only whether it went out: job records must not hold prospects' addresses.
  outputSchema: [{ name: 'sent', type: 'checkbox' }],
  retries: { attempts, backoff: { type: 'exponential', delay } },
  handler: async ({ input, req }) => {
    const { payload } = req;
    const found = await payload.find({
      collection: 'inquiries',
      where: { id: { equals: input.inquiry } },
      depth: 1,
      limit: 1,
      overrideAccess: true,
      req,
    });
    const inquiry = found.docs[0];
    // Erased before the mail went out: nothing to send.
    if (!inquiry) return { output: { sent: false } };
    let to: string | undefined;
    if (input.kind === 'bureau') to = process.env.BUREAU_INBOX;
    else if (input.kind === 'prospect') to = inquiry.email;
    else if (input.officer) {
      const officer = await payload.find({
        collection: 'users',
        where: { id: { equals: input.officer } },
        limit: 1,
        overrideAccess: true,
        req,
      });
      to = officer.docs[0]?.email;
    }
    if (!to) return { output: { sent: false } };
    const lang = inquiry.preferredLanguage === 'en' ? 'en' : 'zh';
    const site = process.env.SITE_PUBLIC_URL?.replace(/\/$/, '');
    const park = inquiry.park && typeof inquiry.park === 'object' ? inquiry.park : undefined;
    const data: InquiryForEmail = {
      ...inquiry,
      reference: inquiry.reference ?? '',
      parkName: park ? String((park as { name?: unknown }).name ?? park.slug) : null,
      ownerName: nameOf(inquiry.owner) ?? null,
    };
    const content = inquiryEmail(input.kind, data, site ? `${site}/${lang}/track` : undefined);
    await payload.sendEmail({
      to,
      subject: content.subject,
      text: content.text,
      html: content.html,
      // The same id on every attempt, so a mail server can recognise a retried message.
      messageId: `<${inquiry.reference}.${input.kind}${input.officer ? `.${input.officer}` : ''}@leads.portal.invalid>`,
    });
    return { output: { sent: true } };
  },
};
