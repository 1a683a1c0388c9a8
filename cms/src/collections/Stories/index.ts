import type { CollectionConfig } from 'payload';
import { localizedText, localizedTextarea } from '../../fields/bilingual';
import { editorNotesField } from '../../fields/editorNotes';
import { orderField } from '../../fields/order';
import { richBodyFields } from '../../fields/richBody';
import { slugField } from '../../fields/slug';
import { editorialCollection } from '../editorial';
import { withEditorialWorkflow } from '../editorialWorkflow';
import { editorialVersions } from '../versions';

/** Foreign-invested companies in the zone and what is known of them. */
export const Stories: CollectionConfig = withEditorialWorkflow({
  slug: 'stories',
  labels: { singular: { zh: '成功案例', en: 'Success story' }, plural: { zh: '成功案例', en: 'Success stories' } },
  admin: { useAsTitle: 'company', defaultColumns: ['company', 'entity', '_status'] },
  defaultSort: 'order',
  versions: editorialVersions,
  ...editorialCollection('stories'),
  fields: [
    localizedText('company', { zh: '企业', en: 'Company' }, { required: true }),
    slugField('company'),
    orderField,
    localizedText('entity', { zh: '在区企业名称', en: 'Entity in the zone' }),
    localizedText('origin', { zh: '投资来源地', en: 'Home country' }),
    { name: 'industry', type: 'relationship', relationTo: 'industries', label: { zh: '产业', en: 'Industry' } },
    { name: 'park', type: 'relationship', relationTo: 'parks', label: { zh: '产业园', en: 'Park' } },
    localizedTextarea('summary', { zh: '简介', en: 'Summary' }),
    { name: 'cover', type: 'upload', relationTo: 'media', label: { zh: '封面图', en: 'Cover image' } },
    ...richBodyFields({ zh: '正文', en: 'Body' }),
    editorNotesField,
  ],
});
