import type { CollectionBeforeChangeHook } from 'payload';
import type { InquiryReply } from '../../../payload-types';
import { idOf } from '#common/idOf.ts';
import { draftFromTemplate, prospectLanguage } from '../draft';

/**
 * A new reply is the writing officer's, in the prospect's language unless the officer chose the
 * other one; with a template and no text of its own (a reply sent through the API, or the
 * officer cleared the text the form filled in) it is the template's text for this inquiry.
 */
export const prepareReply: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data;
  const next: Partial<InquiryReply> = { ...data, author: req.user?.id as number | undefined };
  const inquiryId = idOf(next.inquiry);
  // Without an inquiry the field's own validation refuses the reply, after this hook.
  if (inquiryId == null) return next;
  if (next.language !== 'zh' && next.language !== 'en') {
    const inquiry = await req.payload.findByID({
      collection: 'inquiries',
      id: inquiryId,
      depth: 0,
      overrideAccess: true,
      req,
      disableErrors: true,
      select: { preferredLanguage: true, locale: true },
    });
    if (inquiry) next.language = prospectLanguage(inquiry);
  }
  if (!next.body?.trim() && next.template != null) {
    next.body = (await draftFromTemplate(req, { inquiry: next.inquiry, template: next.template, language: next.language }))?.body;
  }
  return next;
};
