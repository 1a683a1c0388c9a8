import type { PayloadRequest } from 'payload';
import type { EmailKind } from '../../lib/timelineEntry';

export interface EmailToQueue {
  inquiry: number | string;
  kind: EmailKind;
  /** The officer a notice goes to (kind `officer`, `answer`, `reminder`). */
  officer?: number | string;
  /** The reply it sends (kind `reply`). */
  reply?: number | string;
  /** The prospect's answer it tells of (kind `answer`). */
  answer?: number | string;
  /** The next action day a reminder is for (kind `reminder`). */
  day?: string;
  replyLanguage?: 'zh' | 'en';
  actor?: number | string;
}

/**
 * Puts an email of a lead on its timeline as "queued" and queues the job that sends it
 * (cms/src/jobs/sendInquiryEmail.ts), which keeps that entry's state, attempts and last error up
 * to date. Both in the caller's request, so an inquiry and its emails are stored together.
 */
export async function queueEmail(req: PayloadRequest, email: EmailToQueue): Promise<void> {
  const entry = await req.payload.create({
    collection: 'inquiry-activities',
    data: {
      inquiry: email.inquiry as number,
      action: 'email',
      emailKind: email.kind,
      emailState: 'queued',
      attempts: 0,
      reply: (email.reply as number | undefined) ?? undefined,
      replyLanguage: email.replyLanguage,
      actor: email.actor as number | undefined,
    },
    overrideAccess: true,
    req,
  });
  await req.payload.jobs.queue({
    task: 'sendInquiryEmail',
    input: {
      inquiry: String(email.inquiry),
      kind: email.kind,
      entry: String(entry.id),
      ...(email.officer != null ? { officer: String(email.officer) } : {}),
      ...(email.reply != null ? { reply: String(email.reply) } : {}),
      ...(email.answer != null ? { answer: String(email.answer) } : {}),
      ...(email.day ? { day: email.day } : {}),
    },
    req,
  });
}
