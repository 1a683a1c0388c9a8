import type { CollectionConfig } from 'payload';
import { localizedText, localizedTextarea } from '../../fields/bilingual';
import { editorNotesField } from '../../fields/editorNotes';
import { orderField } from '../../fields/order';
import { richBodyFields } from '../../fields/richBody';
import { slugField } from '../../fields/slug';
import { editorialCollection } from '../editorial';
import { withEditorialWorkflow } from '../editorialWorkflow';
import { editorialVersions } from '../versions';

/** The industry chains the zone targets; parks, projects, policies and news point at them. */
export const Industries: CollectionConfig = withEditorialWorkflow({
  slug: 'industries',
  labels: { singular: { zh: '产业', en: 'Industry' }, plural: { zh: '产业', en: 'Industries' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug', 'order', '_status'] },
  defaultSort: 'order',
  versions: editorialVersions,
  ...editorialCollection('industries'),
  fields: [
    localizedText('name', { zh: '名称', en: 'Name' }, { required: true }),
    slugField('name'),
    orderField,
    localizedTextarea('summary', { zh: '简介', en: 'Summary' }),
    { name: 'cover', type: 'upload', relationTo: 'media', label: { zh: '封面图', en: 'Cover image' } },
    ...richBodyFields({ zh: '正文', en: 'Body' }),
    editorNotesField,
  ],
});
