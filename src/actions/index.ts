import { ActionError, defineAction } from 'astro:actions';
import { INQUIRY_RATE_LIMIT, RATE_LIMIT_WINDOW_SECONDS, REDIS_URL, TRACK_RATE_LIMIT } from 'astro:env/server';
import { idempotencyKeyPattern, otherIndustry } from '#common/inquiryOptions.ts';
import { industrySlugs } from '../cms/documents';
import { CmsRejectedError, CmsUnavailableError } from '../cms/errors';
import { log } from '../server/log';
import { answerInquiry, createInquiry, trackInquiry } from '../cms/inquiries';
import { answerMessage, answerSchema, inquirySchema, trackSchema } from '../lib/inquirySchema';
import { rateLimits } from '../lib/rateLimits';

// Per client IP address: in Redis across all site processes with REDIS_URL, else in this
// process (see README, "Configuration", and docs/operations.md).
const limits = rateLimits({
  redisUrl: REDIS_URL,
  inquiryLimit: INQUIRY_RATE_LIMIT,
  trackLimit: TRACK_RATE_LIMIT,
  windowSeconds: RATE_LIMIT_WINDOW_SECONDS,
});

/**
 * The form's schema, with the industry checked against the CMS's published industries, so an
 * unknown one is an error beside its field like any other. When the CMS cannot say, the CMS's
 * own check at storing decides.
 */
const inquiryInput = inquirySchema.superRefine(async ({ industry }, context) => {
  if (!industry || industry === otherIndustry) return;
  const known = await industrySlugs().catch(() => undefined);
  if (known && !known.includes(industry)) context.addIssue({ code: 'custom', path: ['industry'], message: 'inquiry.error.choice' });
});

function clientKey(context: { clientAddress: string }): string {
  try {
    return context.clientAddress;
  } catch {
    return 'unknown';
  }
}

export const server = {
  /**
   * Stores an inquiry through the CMS and answers with its reference number. Succeeds only
   * after the CMS has stored it; otherwise the prospect is told nothing was sent.
   */
  sendInquiry: defineAction({
    accept: 'form',
    input: inquiryInput,
    handler: async ({ fax: _honeypot, stage: _s, status: _st, owner: _o, reference: _r, notes: _n, ...input }, context) => {
      if (!(await limits.inquiry.attempt(clientKey(context)))) {
        throw new ActionError({ code: 'TOO_MANY_REQUESTS', message: 'inquiry.errorRateLimited' });
      }
      try {
        return await createInquiry(input);
      } catch (error) {
        // Only a 400 is about the inquiry itself. Anything else (the service key refused while
        // the CMS starts, a route not yet ready) is the site's problem: nothing was sent, try again.
        if (error instanceof CmsRejectedError && error.status === 400) {
          log.error(`Inquiry refused by the CMS (${error.status}): ${JSON.stringify(error.fields)}`);
          throw new ActionError({ code: 'BAD_REQUEST', message: error.fields.park ? 'inquiry.error.park' : 'inquiry.errorRejected' });
        }
        if (error instanceof CmsUnavailableError || error instanceof CmsRejectedError) {
          log.error(`Inquiry not stored: ${error.message}`);
          throw new ActionError({ code: 'SERVICE_UNAVAILABLE', message: 'inquiry.errorUnavailable' });
        }
        throw error;
      }
    },
  }),

  /**
   * The stage of an inquiry and its officer's name, for whoever knows its reference and email.
   * A wrong pair answers `found: false`, the same whichever half was wrong.
   */
  trackInquiry: defineAction({
    accept: 'form',
    input: trackSchema,
    handler: async ({ reference, email }, context) => {
      if (!(await limits.track.attempt(clientKey(context)))) {
        throw new ActionError({ code: 'TOO_MANY_REQUESTS', message: 'track.rateLimited' });
      }
      try {
        const found = await trackInquiry(reference, email);
        return found ? { found: true as const, ...found } : { found: false as const };
      } catch (error) {
        if (error instanceof CmsUnavailableError) {
          log.error(`Inquiry lookup failed: ${error.message}`);
          throw new ActionError({ code: 'SERVICE_UNAVAILABLE', message: 'track.unavailable' });
        }
        throw error;
      }
    },
  }),

  /**
   * The prospect's written answer from the tracking page, for whoever knows the reference and
   * email (sent again with it). Answers with the inquiry as the look-up does, plus whether the
   * answer was stored or, beside the message field, why not; a resent form is one answer.
   */
  answerInquiry: defineAction({
    accept: 'form',
    input: answerSchema,
    handler: async ({ reference, email, message, idempotencyKey }, context) => {
      if (!(await limits.answer.attempt(clientKey(context)))) {
        throw new ActionError({ code: 'TOO_MANY_REQUESTS', message: 'track.rateLimited' });
      }
      try {
        const found = await trackInquiry(reference, email);
        if (!found) return { found: false as const };
        const checked = answerMessage.safeParse(message ?? '');
        if (!checked.success)
          return { found: true as const, ...found, answerError: checked.error.issues[0]!.message, message: message ?? '' };
        // A form without its key (never rendered by this site) cannot be made idempotent.
        if (!idempotencyKey || !idempotencyKeyPattern.test(idempotencyKey))
          return { found: true as const, ...found, answerError: 'track.answer.unavailable', message: checked.data };
        if (!(await answerInquiry({ reference, email, message: checked.data, idempotencyKey }))) return { found: false as const };
        const after = await trackInquiry(reference, email);
        return after ? { found: true as const, ...after, answered: true } : { found: false as const };
      } catch (error) {
        if (error instanceof CmsRejectedError && error.status === 400) {
          log.error(`Answer refused by the CMS: ${JSON.stringify(error.fields)}`);
          throw new ActionError({ code: 'BAD_REQUEST', message: 'track.answer.unavailable' });
        }
        if (error instanceof CmsUnavailableError || error instanceof CmsRejectedError) {
          log.error(`Answer not stored: ${error.message}`);
          throw new ActionError({ code: 'SERVICE_UNAVAILABLE', message: 'track.answer.unavailable' });
        }
        throw error;
      }
    },
  }),
};
