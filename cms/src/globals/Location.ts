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
      fields: [
        localizedText('destination', { zh: '目的地', en: 'Destination' }, { required: true }),
        {
          name: 'mode',
          type: 'select',
          required: true,
          label: { zh: '方式', en: 'Mode' },
          options: [
            { value: 'road', label: { zh: '公路', en: 'Road' } },
            { value: 'rail', label: { zh: '铁路', en: 'Rail' } },
            { value: 'air', label: { zh: '航空', en: 'Air' } },
            { value: 'water', label: { zh: '水运', en: 'Water' } },
          ],
        },
        { name: 'minutes', type: 'number', required: true, min: 1, label: { zh: '时间（分钟）', en: 'Time (minutes)' } },
        localizedText('note', { zh: '说明', en: 'Note' }),
      ],
    },
    editorNotesField,
  ],
};
