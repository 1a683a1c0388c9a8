// Draft preview. The site holds no right to read drafts: it forwards the editor's signed,
// expiring preview token to the CMS, which checks it and answers that one draft.
import type { Locale } from '#common/locales.ts';
import { titleFields, type DocumentCollection } from '#common/publicCollections.ts';
import { callEndpoint } from './client';
import { CmsUnavailableError } from './errors';
import type { DocumentTypes } from './types';

export type PreviewResult =
  | { ok: true; collection: DocumentCollection; doc: DocumentTypes[DocumentCollection]; origin: string }
  | { ok: false; status: 400 | 403 | 404; reason: 'invalid' | 'expired' | 'gone' };

/** The draft a preview token names, in one language without fallback, or why there is none. */
export async function findPreview(token: string, locale: Locale): Promise<PreviewResult> {
  const { status, body } = await callEndpoint<{
    collection: DocumentCollection;
    doc: DocumentTypes[DocumentCollection];
    origin: string;
    reason?: string;
  }>('/preview', {
    query: { token, locale },
    init: { cache: 'no-store' },
  });
  if (status === 200 && body?.doc && body.collection in titleFields)
    return { ok: true, collection: body.collection, doc: body.doc, origin: body.origin };
  if (status === 403) return { ok: false, status, reason: body?.reason === 'expired' ? 'expired' : 'invalid' };
  if (status === 404) return { ok: false, status, reason: 'gone' };
  if (status === 400) return { ok: false, status, reason: 'invalid' };
  throw new CmsUnavailableError(`CMS answered ${status} for preview`);
}
