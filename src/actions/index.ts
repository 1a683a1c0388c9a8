import { ActionError, defineAction } from 'astro:actions';
import type { Locale } from '../i18n/locales';
import { CmsRejectedError, CmsUnavailableError, createInquiry } from '../lib/cms';
import { inquirySchema } from '../lib/inquirySchema';

export const server = {
  /**
   * Stores an inquiry through the CMS and answers with its reference number. Succeeds only
   * after the CMS has stored it; otherwise the prospect is told nothing was sent.
   */
  sendInquiry: defineAction({
    accept: 'form',
    input: inquirySchema,
    handler: async (input) => {
      try {
        return await createInquiry({ ...input, locale: input.locale as Locale });
      } catch (error) {
        if (error instanceof CmsRejectedError && error.status < 500) {
          throw new ActionError({ code: 'BAD_REQUEST', message: 'inquiry.errorRejected' });
        }
        if (error instanceof CmsUnavailableError || error instanceof CmsRejectedError) {
          console.error(`Inquiry not stored: ${error.message}`);
          throw new ActionError({ code: 'SERVICE_UNAVAILABLE', message: 'inquiry.errorUnavailable' });
        }
        throw error;
      }
    },
  }),
};
