import type { CollectionConfig } from 'payload';
import { anyone } from '../access/anyone';
import { editorialCollection } from './editorial';
import { documentsDirectory } from '../lib/projectPaths';
import { uploadChecks } from '../lib/uploadLimits';

const editorial = editorialCollection('documents', anyone);

/**
 * PDF attachments of policies, served by the CMS at /api/documents/file/<name>. Only PDFs, at
 * most PDF_MAX_BYTES; a wrong type, a file too large or one that only claims to be a PDF is
 * refused with a bilingual message on the file field.
 */
export const Documents: CollectionConfig = {
  slug: 'documents',
  labels: { singular: { zh: '文件', en: 'Document' }, plural: { zh: '文件（PDF）', en: 'Documents (PDF)' } },
  admin: { useAsTitle: 'title' },
  access: editorial.access,
  hooks: { ...editorial.hooks, beforeOperation: [uploadChecks('pdf')] },
  upload: { staticDir: documentsDirectory(), mimeTypes: ['application/pdf'] },
  fields: [{ name: 'title', type: 'text', required: true, localized: true, label: { zh: '文件名称', en: 'Title' } }],
};
