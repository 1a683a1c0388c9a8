import type { CollectionConfig } from 'payload';
import { publishedOrStaff } from '../../access/publishedOrStaff';
import { allowRoles } from '../../access/roles';
import { richBodyFields } from '../../fields/richBody';
import { slugField } from '../../fields/slug';
import { revalidateDocumentAfterChange, revalidateDocumentAfterDelete } from '../../hooks/revalidateSite';

export const Parks: CollectionConfig = {
  slug: 'parks',
  labels: { singular: { zh: '产业园', en: 'Park' }, plural: { zh: '产业园', en: 'Parks' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug', 'order', '_status'] },
  defaultSort: 'order',
  versions: { drafts: true },
  access: {
    read: publishedOrStaff,
    create: allowRoles('admin', 'editor'),
    update: allowRoles('admin', 'editor'),
    delete: allowRoles('admin'),
  },
  hooks: {
    afterChange: [revalidateDocumentAfterChange('parks')],
    afterDelete: [revalidateDocumentAfterDelete('parks')],
  },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, label: { zh: '名称', en: 'Name' } },
    slugField,
    { name: 'order', type: 'number', defaultValue: 0, label: { zh: '排序', en: 'Order' }, admin: { position: 'sidebar' } },
    { name: 'summary', type: 'textarea', localized: true, label: { zh: '简介', en: 'Summary' } },
    { name: 'cover', type: 'upload', relationTo: 'media', label: { zh: '封面图', en: 'Cover image' } },
    ...richBodyFields({ zh: '正文', en: 'Body' }),
  ],
};
