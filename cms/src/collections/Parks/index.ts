import type { CollectionConfig } from 'payload';
import { editorNotesField } from '../../fields/editorNotes';
import { orderField } from '../../fields/order';
import { richBodyFields } from '../../fields/richBody';
import { slugField } from '../../fields/slug';
import { editorialCollection } from '../editorial';
import { withEditorialWorkflow } from '../editorialWorkflow';
import { editorialVersions } from '../versions';

export const Parks: CollectionConfig = withEditorialWorkflow({
  slug: 'parks',
  labels: { singular: { zh: '产业园', en: 'Park' }, plural: { zh: '产业园', en: 'Parks' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug', 'order', '_status'] },
  defaultSort: 'order',
  versions: editorialVersions,
  ...editorialCollection('parks'),
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, label: { zh: '名称', en: 'Name' } },
    slugField('name'),
    orderField,
    { name: 'summary', type: 'textarea', localized: true, label: { zh: '简介', en: 'Summary' } },
    { name: 'cover', type: 'upload', relationTo: 'media', label: { zh: '封面图', en: 'Cover image' } },
    { name: 'industries', type: 'relationship', relationTo: 'industries', hasMany: true, label: { zh: '主导产业', en: 'Industries' } },
    ...richBodyFields({ zh: '正文', en: 'Body' }),
    {
      name: 'gallery',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      label: { zh: '图集', en: 'Gallery' },
    },
    {
      name: 'location',
      type: 'group',
      label: { zh: '位置', en: 'Location' },
      fields: [
        { name: 'address', type: 'text', localized: true, label: { zh: '地址', en: 'Address' } },
        {
          type: 'row',
          fields: [
            { name: 'latitude', type: 'number', min: -90, max: 90, label: { zh: '纬度', en: 'Latitude' } },
            { name: 'longitude', type: 'number', min: -180, max: 180, label: { zh: '经度', en: 'Longitude' } },
          ],
        },
      ],
    },
    {
      name: 'contactOfficer',
      type: 'group',
      label: { zh: '招商联系人', en: 'Contact officer' },
      admin: { description: { zh: '留空的项目不会在网站上显示。', en: 'Empty items are not shown on the site.' } },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', localized: true, label: { zh: '姓名', en: 'Name' } },
            { name: 'title', type: 'text', localized: true, label: { zh: '职务', en: 'Title' } },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'phone', type: 'text', label: { zh: '电话', en: 'Phone' } },
            { name: 'email', type: 'email', label: { zh: '电子邮箱', en: 'Email' } },
          ],
        },
      ],
    },
    editorNotesField,
  ],
});
