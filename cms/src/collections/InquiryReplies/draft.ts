import type { PayloadRequest } from 'payload';
import { idOf } from '#common/idOf.ts';
import { renderTemplate } from '../../lib/replyTemplate';

type Lang = 'zh' | 'en';

/** The language a prospect asked to be answered in. */
export const prospectLanguage = (inquiry: { preferredLanguage?: string | null; locale?: string | null }): Lang =>
  (inquiry.preferredLanguage ?? inquiry.locale) === 'en' ? 'en' : 'zh';

/**
 * A reply's text from a template, for one inquiry, in the given language or the prospect's:
 * placeholders filled from the inquiry (the officer is its owner, else the one writing) and
 * links to the portal's pages on its industry, park and policies. Undefined when the inquiry or
 * template does not exist.
 */
export async function draftFromTemplate(
  req: PayloadRequest,
  { inquiry: inquiryId, template: templateId, language }: { inquiry: unknown; template: unknown; language?: unknown },
): Promise<{ body: string; language: Lang } | undefined> {
  const inquiryKey = idOf(inquiryId);
  const templateKey = idOf(templateId);
  if (inquiryKey == null || templateKey == null) return undefined;
  const [inquiry, template] = await Promise.all([
    req.payload.findByID({ collection: 'inquiries', id: inquiryKey, depth: 0, overrideAccess: true, req, disableErrors: true }),
    req.payload.findByID({ collection: 'reply-templates', id: templateKey, depth: 0, overrideAccess: true, req, disableErrors: true }),
  ]);
  if (!inquiry || !template) return undefined;
  const lang: Lang = language === 'en' || language === 'zh' ? language : prospectLanguage(inquiry);
  const parkId = idOf(inquiry.park);
  const park =
    parkId != null
      ? await req.payload.findByID({
          collection: 'parks',
          id: parkId,
          depth: 0,
          locale: lang,
          overrideAccess: true,
          req,
          disableErrors: true,
        })
      : null;
  const officerId = idOf(inquiry.owner) ?? req.user?.id;
  const officer =
    officerId != null
      ? await req.payload.findByID({ collection: 'users', id: officerId, depth: 0, overrideAccess: true, req, disableErrors: true })
      : null;
  const body = renderTemplate(template, lang, {
    name: inquiry.name,
    reference: inquiry.reference ?? '',
    officer: officer?.name || officer?.email || '',
    park: park?.name ?? '',
    industrySlug: inquiry.industry,
    parkSlug: park?.slug,
    site: process.env.SITE_PUBLIC_URL?.replace(/\/$/, ''),
  });
  return { body, language: lang };
}
