import type { GlobalConfig } from 'payload';
import { anyone } from '../access/anyone';
import { allowRoles } from '../access/roles';
import { localizedText, localizedTextarea } from '../fields/bilingual';
import { editorNotesField } from '../fields/editorNotes';
import { richBodyFields } from '../fields/richBody';
import { revalidateGlobalAfterChange } from '../revalidation/hooks';

/**
 * The zone's location advantages. `connections` feed the travel-time diagram the site draws as
 * an SVG (no map tiles or map scripts, which are slow or blocked in China).
 */
export const Location: GlobalConfig = {
  slug: 'location',
  label: { zh: '区位优势', en: 'Location' },
  access: { read: anyone, update: allowRoles('admin', 'editor') },
  hooks: { afterChange: [revalidateGlobalAfterChange('location')] },
  fields: [
    localizedText('headline', { zh: '标题', en: 'Headline' }, { required: true }),
    localizedTextarea('summary', { zh: '摘要', en: 'Summary' }),
    ...richBodyFields({ zh: '正文', en: 'Body' }),
    {
      name: 'advantages',
      type: 'array',
      label: { zh: '优势', en: 'Advantages' },
      labels: { singular: { zh: '优势', en: 'Advantage' }, plural: { zh: '优势', en: 'Advantages' } },
      fields: [
        localizedText('title', { zh: '标题', en: 'Title' }, { required: true }),
        localizedTextarea('text', { zh: '说明', en: 'Text' }),
      ],
    },
    {
      name: 'connections',
      type: 'array',
      label: { zh: '交通连接', en: 'Connections' },
      labels: { singular: { zh: '目的地', en: 'Destination' }, plural: { zh: '交通连接', en: 'Connections' } },
      admin: {
        description: {
          zh: '每行一个目的地（机场、火车站、高速公路、港口），填写方式和分钟数；网站按这些行画出交通时间示意图和表格。',
          en: 'One row per destination (airport, station, motorway, port) with its mode and minutes; the site draws the travel-time diagram and its table from these rows.',
        },
      },
      fields: [
        localizedText('destination', { zh: '目的地', en: 'Destination' }, { required: true }),
        {
          name: 'mode',
          type: 'select',
          required: true,
          label: { zh: '方式', en: 'Mode' },
          options: [
            { value: 'road', label: { zh: '公路（高速公路等）', en: 'Road (motorway etc.)' } },
            { value: 'rail', label: { zh: '铁路（火车站）', en: 'Rail (station)' } },
            { value: 'air', label: { zh: '航空（机场）', en: 'Air (airport)' } },
            { value: 'water', label: { zh: '水运（港口）', en: 'Water (port)' } },
          ],
        },
        { name: 'minutes', type: 'number', required: true, min: 1, label: { zh: '时间（分钟）', en: 'Time (minutes)' } },
        localizedText('note', { zh: '说明', en: 'Note' }),
      ],
    },
    editorNotesField,
  ],
};
