import { ValidationError, type CollectionSlug, type Field, type FieldHook } from 'payload';
import { lexicalEditor, lexicalHTMLField, LinkFeature, RelationshipFeature, UploadFeature } from '@payloadcms/richtext-lexical';
import { linkableCollections, privateReferences, unsafeLinks } from '../lib/publicRelations';

const linkable = linkableCollections as CollectionSlug[];

/**
 * Rich text anyone may read: internal links, embedded documents and uploads reach only public
 * collections, so a body can never carry a lead or a staff account to the site or a preview.
 */
const publicEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...defaultFeatures.filter((feature) => !['link', 'relationship', 'upload'].includes(feature.key)),
    LinkFeature({ enabledCollections: linkable }),
    RelationshipFeature({ enabledCollections: linkable }),
    UploadFeature({ enabledCollections: ['media', 'documents'] }),
  ],
});

/**
 * Refuses, at every save (drafts and autosaves too, which skip field validation), a body that
 * points at a non-public collection (the editor's pickers offer none, but the API could send
 * one), or links to an address that is not the web, mail or a phone (`javascript:`).
 */
const onlyPublicReferences: FieldHook = ({ value, collection, global, path, req }) => {
  const refused = [...privateReferences(value)];
  const unsafe = unsafeLinks(value);
  const message =
    refused.length > 0
      ? `正文只能链接公开内容，不能引用：${refused.join('、')} / The body may link only public content, not: ${refused.join(', ')}`
      : unsafe.length > 0
        ? '正文中的链接必须以 http://、https://、mailto: 或 tel: 开头，或指向本站页面 / Links in the body must start with http://, https://, mailto: or tel:, or point to a page of this site'
        : undefined;
  if (!message) return value;
  throw new ValidationError({ collection: collection?.slug, global: global?.slug, errors: [{ message, path: path.join('.') }] }, req.t);
};

/**
 * A localized rich-text body plus `bodyHtml`, the same body as HTML computed on read, so the
 * public site renders it without shipping a Lexical renderer.
 */
export const richBodyFields = (label: { zh: string; en: string }): Field[] => [
  { name: 'body', type: 'richText', localized: true, label, editor: publicEditor, hooks: { beforeValidate: [onlyPublicReferences] } },
  lexicalHTMLField({ htmlFieldName: 'bodyHtml', lexicalFieldName: 'body' }),
];
