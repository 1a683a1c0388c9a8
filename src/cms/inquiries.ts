// The inquiry form's write and the prospect's look-up, as the site's service user.
import type { Inquiry } from '../../cms/src/payload-types';
import type { InquiryData } from '../lib/inquirySchema';
import { callEndpoint } from './client';
import { CmsRejectedError, CmsUnavailableError } from './errors';
import { submitWithOneResend } from './inquirySubmission';

/**
 * Stores an inquiry as the site's service user and returns its reference number. Resolves only
 * after the CMS has stored it (or, for a form sent again with the same idempotency key, with
 * the reference of the inquiry it stored the first time).
 */
export async function createInquiry(inquiry: InquiryData): Promise<{ reference: string }> {
  type Answer = { reference?: string; errors?: { data?: { errors?: { path: string; message: string }[] } }[] };
  let answer: { status: number; body: Answer | null } | undefined;
  const outcome = await submitWithOneResend(async () => {
    try {
      answer = await callEndpoint<Answer>('/inquiries/submit', { body: inquiry, serviceUser: true, write: true });
    } catch (error) {
      return { kind: 'unknown', error };
    }
    return (answer.status === 201 || answer.status === 200) && answer.body?.reference
      ? { kind: 'stored', reference: answer.body.reference }
      : { kind: 'answered', status: answer.status };
  }, Boolean(inquiry.idempotencyKey));
  if (outcome.kind === 'stored') return { reference: outcome.reference };
  if (outcome.kind === 'unknown') throw outcome.error;
  const fields: Record<string, string> = {};
  for (const error of answer?.body?.errors ?? []) for (const field of error.data?.errors ?? []) fields[field.path] = field.message;
  throw new CmsRejectedError(`CMS refused the inquiry (${outcome.status})`, outcome.status, fields);
}

/** A reply the officer marked for the prospect, or the prospect's own answer. */
export interface TrackedMessage {
  from: 'bureau' | 'prospect';
  body: string;
  at: string;
  officerName?: string | null;
}

export interface TrackedInquiry {
  reference: string;
  stage: Inquiry['stage'];
  officerName: string | null;
  receivedAt: string;
  messages: TrackedMessage[];
}

/** What a prospect may see of their inquiry, or undefined when reference and email do not match. */
export async function trackInquiry(reference: string, email: string): Promise<TrackedInquiry | undefined> {
  const { status, body } = await callEndpoint<TrackedInquiry & { found: boolean }>('/inquiries/track', {
    body: { reference, email },
    serviceUser: true,
  });
  if (status === 200 && body?.found)
    return {
      reference: body.reference,
      stage: body.stage,
      officerName: body.officerName,
      receivedAt: body.receivedAt,
      messages: (body.messages ?? []).map(({ from, body: text, at, officerName }) => ({
        from,
        body: text,
        at,
        officerName: officerName ?? null,
      })),
    };
  if (status === 404) return undefined;
  throw new CmsUnavailableError(`CMS answered ${status} for inquiries/track`);
}

/**
 * Stores the prospect's written answer to their inquiry (once per form: the idempotency key) and
 * has the officer in charge told. `false` when reference and email do not match; a refused
 * message throws CmsRejectedError with the CMS's field messages.
 */
export async function answerInquiry(answer: {
  reference: string;
  email: string;
  message: string;
  idempotencyKey: string;
}): Promise<boolean> {
  type Answer = { answered?: boolean; errors?: { data?: { errors?: { path: string; message: string }[] } }[] };
  const { status, body } = await callEndpoint<Answer>('/inquiries/answer', { body: answer, serviceUser: true, write: true });
  if ((status === 200 || status === 201) && body?.answered) return true;
  if (status === 404) return false;
  const fields: Record<string, string> = {};
  for (const error of body?.errors ?? []) for (const field of error.data?.errors ?? []) fields[field.path] = field.message;
  throw new CmsRejectedError(`CMS refused the answer (${status})`, status, fields);
}
