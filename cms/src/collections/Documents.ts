import type { CollectionConfig } from 'payload';
import { anyone } from '../access/anyone';
import { editorialCollection } from './editorial';
import { documentsDirectory } from '../lib/projectPaths';

/** PDF attachments of policies, served by the CMS at /api/documents/file/<name>. */
export const Documents: CollectionConfig = {
  slug: 'documents',
  labels: { singular: { zh: '文件', en: 'Document' }, plural: { zh: '文件（PDF）', en: 'Documents (PDF)' } },
  admin: { useAsTitle: 'title' },
  ...editorialCollection('documents', anyone),
  upload: { staticDir: documentsDirectory(), mimeTypes: ['application/pdf'] },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: { zh: '文件名称', en: 'Title' } },
  ],
};
