import { ValidationError, type Endpoint, type PayloadRequest } from 'payload';
import { idOf } from '#common/idOf.ts';
import { inquiryLimits } from '#common/inquiryLimits.ts';
import { idempotencyKeyPattern } from '#common/inquiryOptions.ts';
import { answerReceived } from '../awaitingAnswer';
import { queueEmail } from '../queueEmail';
import { fieldErrors, json, jsonBody, refuseUnless } from './util';
import { prospectInquiry } from './prospectInquiry';

// Control characters and undecodable bytes no person types (line breaks and tabs are fine).
// eslint-disable-next-line no-control-regex -- control characters are what this refuses
const garbled = /[\uFFFD\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

async function answered(req: PayloadRequest, key: string) {
  const { totalDocs } = await req.payload.count({
    collection: 'inquiry-activities',
    where: { submissionKey: { equals: key } },
    overrideAccess: true,
  });
  return totalDocs > 0;
}

function messageError(message: unknown): string | undefined {
  if (typeof message !== 'string' || message.trim() === '') return '此项为必填项 / this field is required';
  if (message.trim().length > inquiryLimits.message)
    return `不能超过 ${inquiryLimits.message} 个字符 / must be at most ${inquiryLimits.message} characters`;
  if (garbled.test(message)) return '含有无效字符 / contains characters that are not text';
  return undefined;
}

/**
 * `POST /api/inquiries/answer` `{reference, email, message, idempotencyKey}`: the prospect's
 * written answer from the tracking page. It goes on the lead's timeline and is mailed to the
 * officer in charge (the bureau's inbox when there is none). The same pair as the look-up, with
 * the same 404 for a wrong one; idempotent by the form's key, so a resent form is one answer.
 * Only the site's account and the bureau may call it; the site rate-limits prospects.
 */
export const answerInquiry: Endpoint = {
  path: '/answer',
  method: 'post',
  handler: async (req) => {
    const refused = refuseUnless(req, 'site-service', 'admin', 'investment-officer');
    if (refused) return refused;
    const body = await jsonBody(req);
    const inquiry = await prospectInquiry(req, body);
    if (!inquiry) return json({ found: false }, 404);
    const key = body?.idempotencyKey;
    const errors: { path: string; message: string }[] = [];
    const problem = messageError(body?.message);
    if (problem) errors.push({ path: 'message', message: problem });
    if (typeof key !== 'string' || !idempotencyKeyPattern.test(key))
      errors.push({ path: 'idempotencyKey', message: '提交标识无效 / invalid submission key' });
    if (errors.length) return fieldErrors(errors);
    if (await answered(req, key as string)) return json({ answered: true, duplicate: true });
    try {
      const entry = await req.payload.create({
        collection: 'inquiry-activities',
        data: { inquiry: inquiry.id, action: 'answer', note: (body!.message as string).trim(), submissionKey: key as string },
        overrideAccess: true,
        req,
      });
      await queueEmail(req, { inquiry: inquiry.id, kind: 'answer', answer: entry.id, officer: idOf(inquiry.owner) });
      await answerReceived(req, inquiry.id);
    } catch (error) {
      // A concurrent resend of the same form stored it first.
      if (error instanceof ValidationError && (await answered(req, key as string))) return json({ answered: true, duplicate: true });
      throw error;
    }
    return json({ answered: true }, 201);
  },
};
