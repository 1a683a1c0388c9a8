import type { CollectionConfig } from 'payload';
import { publishedOrStaff } from '../../access/publishedOrStaff';
import { allowRoles } from '../../access/roles';
import { richBodyFields } from '../../fields/richBody';
import { slugField } from '../../fields/slug';
import { revalidateDocumentAfterChange, revalidateDocumentAfterDelete } from '../../hooks/revalidateSite';

export const News: CollectionConfig = {
  slug: 'news',
  labels: { singular: { zh: '新闻', en: 'News item' }, plural: { zh: '新闻', en: 'News' } },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'publishedAt', '_status'] },
  defaultSort: '-publishedAt',
  versions: { drafts: true },
  access: {
    read: publishedOrStaff,
    create: allowRoles('admin', 'editor'),
    update: allowRoles('admin', 'editor'),
    delete: allowRoles('admin', 'editor'),
  },
  hooks: {
    afterChange: [revalidateDocumentAfterChange('news')],
    afterDelete: [revalidateDocumentAfterDelete('news')],
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: { zh: '标题', en: 'Title' } },
    slugField,
    {
      name: 'publishedAt',
      type: 'date',
      required: true,
      index: true,
      defaultValue: () => new Date().toISOString(),
      label: { zh: '发布日期', en: 'Publication date' },
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' } },
    },
    { name: 'summary', type: 'textarea', localized: true, label: { zh: '摘要', en: 'Summary' } },
    { name: 'cover', type: 'upload', relationTo: 'media', label: { zh: '封面图', en: 'Cover image' } },
    ...richBodyFields({ zh: '正文', en: 'Body' }),
    {
      name: 'source',
      type: 'text',
      localized: true,
      label: { zh: '来源', en: 'Source' },
      admin: { position: 'sidebar' },
    },
  ],
};
