import type { CollectionConfig } from 'payload';
import { editorNotesField } from '../../fields/editorNotes';
import { richBodyFields } from '../../fields/richBody';
import { slugField } from '../../fields/slug';
import { editorialCollection } from '../editorial';
import { withEditorialWorkflow } from '../editorialWorkflow';
import { publishedOnGoLive } from '../../scheduling/publishedAt';
import { editorialVersions } from '../versions';
import { eventDateField, sourceDateField } from '../../fields/sourceDate';

export const News: CollectionConfig = withEditorialWorkflow({
  slug: 'news',
  labels: { singular: { zh: '新闻', en: 'News item' }, plural: { zh: '新闻', en: 'News' } },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'publishedAt', '_status'] },
  defaultSort: '-publishedAt',
  versions: editorialVersions,
  ...editorialCollection('news'),
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: { zh: '标题', en: 'Title' } },
    slugField('title'),
    {
      name: 'publishedAt',
      type: 'date',
      required: true,
      index: true,
      label: { zh: '发布日期', en: 'Publication date' },
      // Empty until the item goes live, then the moment it did (cms/src/scheduling/publishedAt.ts).
      hooks: { beforeValidate: [publishedOnGoLive] },
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayOnly' },
        description: {
          zh: '留空即可：首次发布（包括定时发布）时自动填为上线的时间。只有要显示另一个日期时才填写。',
          en: 'Leave it empty: it is set to the moment the item first goes live (a scheduled publish too). Fill it in only to show another date.',
        },
      },
    },
    { name: 'summary', type: 'textarea', localized: true, label: { zh: '摘要', en: 'Summary' } },
    { name: 'cover', type: 'upload', relationTo: 'media', label: { zh: '封面图', en: 'Cover image' } },
    ...richBodyFields({ zh: '正文', en: 'Body' }),
    {
      name: 'category',
      type: 'relationship',
      relationTo: 'news-categories',
      index: true,
      label: { zh: '分类', en: 'Category' },
      admin: { position: 'sidebar' },
    },
    { name: 'parks', type: 'relationship', relationTo: 'parks', hasMany: true, label: { zh: '相关产业园', en: 'Related parks' } },
    {
      name: 'industries',
      type: 'relationship',
      relationTo: 'industries',
      hasMany: true,
      label: { zh: '相关产业', en: 'Related industries' },
    },
    {
      name: 'source',
      type: 'text',
      localized: true,
      label: { zh: '来源', en: 'Source' },
      admin: { position: 'sidebar' },
    },
    eventDateField,
    sourceDateField,
    editorNotesField,
  ],
});
