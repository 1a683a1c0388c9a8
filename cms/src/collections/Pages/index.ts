import type { CollectionConfig } from 'payload';
import { localizedText, localizedTextarea } from '../../fields/bilingual';
import { editorNotesField } from '../../fields/editorNotes';
import { orderField } from '../../fields/order';
import { richBodyFields } from '../../fields/richBody';
import { slugField } from '../../fields/slug';
import { editorialCollection } from '../editorial';
import { withEditorialWorkflow } from '../editorialWorkflow';
import { editorialVersions } from '../versions';

/** Standing pages: about the zone, investment services, privacy notice, accessibility statement. */
export const Pages: CollectionConfig = withEditorialWorkflow({
  slug: 'pages',
  labels: { singular: { zh: '页面', en: 'Page' }, plural: { zh: '页面', en: 'Pages' } },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'slug', '_status'] },
  defaultSort: 'order',
  versions: editorialVersions,
  ...editorialCollection('pages'),
  fields: [
    localizedText('title', { zh: '标题', en: 'Title' }, { required: true }),
    slugField('title'),
    orderField,
    localizedTextarea('summary', { zh: '摘要', en: 'Summary' }),
    ...richBodyFields({ zh: '正文', en: 'Body' }),
    editorNotesField,
  ],
});
