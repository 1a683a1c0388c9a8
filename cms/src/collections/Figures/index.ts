import type { CollectionConfig } from 'payload';
import { anyone } from '../../access/anyone';
import { editorialCollection } from '../editorial';
import { localizedText } from '../../fields/bilingual';
import { editorNotesField } from '../../fields/editorNotes';
import { orderField } from '../../fields/order';
import { validateLink } from '../../fields/webLink';
import { dayOnlyDate } from '../../fields/dateFormat';
import { sourceDateField } from '../../fields/sourceDate';
import { keepLedgerFigures } from './hooks/keepLedgerFigures';

const editorial = editorialCollection('figures', anyone);

export const figureUnits = ['projects', 'cny', 'missions'] as const;

/**
 * The zone's investment figures, each with its period and source. Figures of one `series`
 * are drawn together as a chart with a data table beside it. Some are typed by hand with their
 * source (the article's); others are published from the bureau's ledger (keys `ledger-…`, source
 * "bureau ledger") and only publishing again changes them.
 */
export const Figures: CollectionConfig = {
  slug: 'figures',
  labels: { singular: { zh: '数据', en: 'Figure' }, plural: { zh: '招商数据', en: 'Figures' } },
  admin: { useAsTitle: 'label', defaultColumns: ['label', 'value', 'unit', 'periodLabel', 'featured'] },
  defaultSort: 'order',
  ...editorial,
  hooks: { ...editorial.hooks, beforeChange: [keepLedgerFigures] },
  fields: [
    localizedText('label', { zh: '指标', en: 'Label' }, { required: true }),
    { name: 'key', type: 'text', required: true, unique: true, label: { zh: '标识', en: 'Key' }, admin: { position: 'sidebar' } },
    orderField,
    { name: 'value', type: 'number', required: true, label: { zh: '数值', en: 'Value' } },
    {
      name: 'unit',
      type: 'select',
      required: true,
      label: { zh: '单位', en: 'Unit' },
      options: [
        { value: 'projects', label: { zh: '个（项目）', en: 'Projects' } },
        { value: 'cny', label: { zh: '元', en: 'CNY' } },
        { value: 'missions', label: { zh: '批次', en: 'Missions' } },
      ],
    },
    { name: 'series', type: 'text', required: true, index: true, label: { zh: '数据组', en: 'Series' }, admin: { position: 'sidebar' } },
    {
      name: 'featured',
      type: 'checkbox',
      defaultValue: false,
      label: { zh: '首页展示', en: 'Show on home page' },
      admin: { position: 'sidebar' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'periodStart',
          type: 'date',
          required: true,
          label: { zh: '统计起始', en: 'Period start' },
          admin: { date: dayOnlyDate },
        },
        {
          name: 'periodEnd',
          type: 'date',
          required: true,
          label: { zh: '统计截止', en: 'Period end' },
          admin: { date: dayOnlyDate },
        },
      ],
    },
    localizedText('periodLabel', { zh: '统计期', en: 'Period' }, { required: true }),
    localizedText('source', { zh: '来源', en: 'Source' }, { required: true }),
    sourceDateField,
    { name: 'sourceUrl', type: 'text', label: { zh: '来源链接', en: 'Source URL' }, validate: validateLink() },
    editorNotesField,
  ],
};
