import type { Field } from 'payload';
import { lexicalHTMLField } from '@payloadcms/richtext-lexical';

/**
 * A localized rich-text body plus `bodyHtml`, the same body as HTML computed on read, so the
 * public site renders it without shipping a Lexical renderer.
 */
export const richBodyFields = (label: { zh: string; en: string }): Field[] => [
  { name: 'body', type: 'richText', localized: true, label },
  lexicalHTMLField({ htmlFieldName: 'bodyHtml', lexicalFieldName: 'body' }),
];
