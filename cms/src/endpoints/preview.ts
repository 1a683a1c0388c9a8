import type { CollectionSlug, Endpoint, PayloadRequest } from 'payload';
import { isLocale } from '#common/locales.ts';
import { hasRole } from '../access/roles';
import { draftedCollections } from '#common/publicCollections.ts';
import { withoutPrivateDocuments } from '../lib/publicRelations';
import { verifyPreview } from '../lib/previewToken';

/** Fields the site never gets, not even in a preview: staff notes and staff accounts. */
const staffOnly = new Set(['editorNotes', 'updatedBy', 'publishedBy']);

function withoutStaffFields(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutStaffFields);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !staffOnly.has(key))
        .map(([key, v]) => [key, withoutStaffFields(v)]),
    );
  }
  return value;
}

const noStore = { 'cache-control': 'no-store', 'x-robots-tag': 'noindex' };
const invalid = () =>
  Response.json({ message: '预览链接无效 / the preview link is not valid', reason: 'invalid' }, { status: 403, headers: noStore });

/**
 * The member of staff a link names, as the request's user, if they still may read drafts. Read
 * past access: the link's holder is not signed in, and the signed grant is what names the user.
 */
async function previewingUser(req: PayloadRequest, uid: string | number) {
  const user = await req.payload
    .findByID({ collection: 'users', id: uid, depth: 0, overrideAccess: true, disableErrors: true })
    .catch(() => null);
  if (!user || !hasRole({ user: user as never }, 'admin', 'editor')) return null;
  return { ...user, collection: 'users' as const };
}

/**
 * `GET /api/preview?token=…&locale=zh|en`: the draft a signed preview link names, in one language
 * without fallback, with its relationships (depth 1) as the site's detail pages read them.
 * Anyone holding the link sees it, so it is read with the access of the editor who made the
 * link (never past access), and any non-public document a relationship reaches is cut down to
 * its id. A forged, expired or malformed token, a link whose maker may no longer read drafts, or
 * an unknown locale answers 403/400 (JSON, bilingual).
 */
export const previewEndpoint: Endpoint = {
  path: '/preview',
  method: 'get',
  handler: async (req) => {
    const url = new URL(req.url ?? '', 'http://cms.invalid');
    const locale = url.searchParams.get('locale');
    if (!isLocale(locale)) return Response.json({ message: '未知语言 / unknown locale' }, { status: 400, headers: noStore });
    const check = verifyPreview(url.searchParams.get('token'));
    if (!check.ok) {
      const message =
        check.reason === 'expired' ? '预览链接已过期 / the preview link has expired' : '预览链接无效 / the preview link is not valid';
      return Response.json({ message, reason: check.reason }, { status: 403, headers: noStore });
    }
    const { collection, id, uid, origin } = check.grant;
    if (!(draftedCollections as readonly string[]).includes(collection)) return invalid();
    const user = await previewingUser(req, uid);
    if (!user) return invalid();
    const doc = await req.payload
      .findByID({
        collection: collection as CollectionSlug,
        id,
        draft: true,
        locale,
        fallbackLocale: false,
        depth: 1,
        user,
        overrideAccess: false,
        disableErrors: true,
      })
      .catch(() => null);
    if (!doc)
      return Response.json({ message: '草稿不存在 / the draft no longer exists', reason: 'gone' }, { status: 404, headers: noStore });
    return Response.json({ collection, origin, doc: withoutStaffFields(withoutPrivateDocuments(doc)) }, { headers: noStore });
  },
};
