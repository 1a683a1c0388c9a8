import type { CollectionConfig, Field, PayloadRequest } from 'payload';
import { authorshipFields } from '../fields/authorship';
import { requiredForEnglish, translationHook, translationStatusField } from '../fields/translation';
import { previewLifetimeMs, signPreview } from '../lib/previewToken';

/** Where the editor's browser reaches the site: its public address, else the address the CMS invalidates. */
const siteBase = () => (process.env.SITE_PUBLIC_URL || process.env.SITE_URL || 'http://localhost:4321').replace(/\/$/, '');

/** The admin's origin as the editor's browser sees it (behind a proxy too). */
function adminOrigin(req: PayloadRequest): string {
  if (process.env.CMS_PUBLIC_URL) return new URL(process.env.CMS_PUBLIC_URL).origin;
  const host = req.headers.get('x-forwarded-host') ?? req.headers.get('host') ?? 'localhost:3000';
  const proto = req.headers.get('x-forwarded-proto') ?? 'http';
  return `${proto.split(',')[0]!.trim()}://${host.split(',')[0]!.trim()}`;
}

/**
 * A link that opens a draft on the public site for 30 minutes (`/{lang}/preview?token=…`). The
 * token is signed by the CMS and checked by the CMS when the site forwards it, so the site has
 * no standing right to read drafts. It names the member of staff who asked for it, whose access
 * the preview is read with.
 */
export function previewUrl(collection: string, id: unknown, locale: string | undefined, req: PayloadRequest): string | null {
  if (typeof id !== 'string' && typeof id !== 'number') return null;
  const uid = req.user?.id;
  if (uid === undefined) return null;
  // Expiry rounded up to the next five minutes: the admin recomputes the link after every save,
  // and an unchanged link keeps the live preview frame from reloading for nothing.
  const step = 5 * 60 * 1000;
  const exp = Math.ceil((Date.now() + previewLifetimeMs) / step) * step;
  const token = signPreview({ collection, id, uid, origin: adminOrigin(req), exp });
  return `${siteBase()}/${locale === 'en' ? 'en' : 'zh'}/preview?token=${encodeURIComponent(token)}`;
}

const labelOf = (fields: Field[], name: string) => {
  const field = fields.find((f) => 'name' in f && f.name === name) as { label?: unknown } | undefined;
  const label = field?.label;
  return label && typeof label === 'object' ? (label as { zh: string; en: string }) : { zh: name, en: name };
};

/**
 * What every drafted, editor-written collection adds to its own config: which languages are
 * complete (list column, "English missing" filter, no English publish with empty English
 * fields), who changed and who published it (every version carries both), a Preview button that
 * opens the draft on the site, the list link to untranslated documents, and the clean-up of the
 * empty draft "Create new" leaves when the editor goes without writing.
 */
export function withEditorialWorkflow(config: CollectionConfig): CollectionConfig {
  const titleField = config.admin?.useAsTitle ?? 'title';
  const required = Object.fromEntries([titleField, 'summary'].map((name) => [name, labelOf(config.fields, name)]));
  const columns = config.admin?.defaultColumns ?? [titleField, '_status'];
  return {
    ...config,
    admin: {
      ...config.admin,
      defaultColumns: [...columns.filter((c) => c !== '_status'), 'translationStatus', '_status', 'updatedBy'],
      preview: (doc, { locale, req }) => previewUrl(config.slug, doc.id, locale, req),
      components: {
        ...config.admin?.components,
        beforeList: ['/components/MissingEnglishLink#MissingEnglishLink'],
        edit: {
          ...config.admin?.components?.edit,
          beforeDocumentControls: [
            ...(config.admin?.components?.edit?.beforeDocumentControls ?? []),
            '/components/DiscardUntouchedDraft#DiscardUntouchedDraft',
          ],
        },
      },
    },
    hooks: { ...config.hooks, beforeChange: [translationHook(config.slug, required), ...(config.hooks?.beforeChange ?? [])] },
    fields: [
      ...config.fields.map((field) =>
        'name' in field && field.name in required ? requiredForEnglish(field, required[field.name]!) : field,
      ),
      translationStatusField,
      ...authorshipFields,
    ],
  };
}
