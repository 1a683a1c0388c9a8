import type { CollectionConfig } from 'payload';
import { localizedText, localizedTextarea } from '../../fields/bilingual';
import { editorNotesField } from '../../fields/editorNotes';
import { orderField } from '../../fields/order';
import { richBodyFields } from '../../fields/richBody';
import { slugField } from '../../fields/slug';
import { editorialCollection } from '../editorial';
import { withEditorialWorkflow } from '../editorialWorkflow';
import { editorialVersions } from '../versions';
import { dayOnlyDate } from '../../fields/dateFormat';
import { sourceDateField } from '../../fields/sourceDate';

export const projectStages = ['signed', 'under-construction', 'in-production'] as const;
export const projectNameStatuses = ['established', 'pinyin-to-confirm', 'translation-to-confirm'] as const;

/** Signed and landed investment projects. */
export const Projects: CollectionConfig = withEditorialWorkflow({
  slug: 'projects',
  labels: { singular: { zh: '项目', en: 'Project' }, plural: { zh: '项目', en: 'Projects' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'stage', 'investmentCny', 'nameStatus', '_status'] },
  defaultSort: 'order',
  versions: editorialVersions,
  ...editorialCollection('projects'),
  fields: [
    localizedText('name', { zh: '项目名称', en: 'Project name' }, { required: true }),
    slugField('name'),
    orderField,
    {
      name: 'nameStatus',
      type: 'select',
      required: true,
      defaultValue: 'established',
      label: { zh: '英文名称状态', en: 'English name status' },
      admin: {
        position: 'sidebar',
        description: {
          zh: '英文名称是企业既有英文名，还是拼音或译名、需要核实。',
          en: "Whether the English name is the company's own, or pinyin or a translation still to be confirmed.",
        },
      },
      options: [
        { value: 'established', label: { zh: '既有英文名', en: 'Established English name' } },
        { value: 'pinyin-to-confirm', label: { zh: '拼音，待核实', en: 'Pinyin, to confirm' } },
        { value: 'translation-to-confirm', label: { zh: '译名，待核实', en: 'Translation, to confirm' } },
      ],
    },
    {
      name: 'stage',
      type: 'select',
      required: true,
      index: true,
      label: { zh: '阶段', en: 'Stage' },
      options: [
        { value: 'signed', label: { zh: '已签约', en: 'Signed' } },
        { value: 'under-construction', label: { zh: '在建', en: 'Under construction' } },
        { value: 'in-production', label: { zh: '已投产', en: 'In production' } },
      ],
    },
    { name: 'industry', type: 'relationship', relationTo: 'industries', index: true, label: { zh: '产业', en: 'Industry' } },
    { name: 'park', type: 'relationship', relationTo: 'parks', index: true, label: { zh: '产业园', en: 'Park' } },
    {
      name: 'investmentCny',
      type: 'number',
      min: 0,
      label: { zh: '投资额（元）', en: 'Investment (CNY)' },
      admin: {
        description: {
          zh: '以元为单位，例如 20亿元 填 2000000000；未公布则留空。',
          en: 'In yuan, e.g. 2000000000 for ¥2bn; leave empty when not stated.',
        },
      },
    },
    { name: 'date', type: 'date', label: { zh: '日期', en: 'Date' }, admin: { date: dayOnlyDate } },
    localizedText('dateNote', { zh: '日期说明', en: 'Date note' }),
    localizedTextarea('summary', { zh: '简介', en: 'Summary' }),
    ...richBodyFields({ zh: '正文', en: 'Body' }),
    localizedText('source', { zh: '来源', en: 'Source' }),
    // The stage is shown "as reported on" this date.
    sourceDateField,
    editorNotesField,
  ],
});
