import type { CollectionConfig } from 'payload';
import { chinaDate } from '#common/chinaTime.ts';
import { bureauOnly, hiddenOutsideBureau } from '../access/bureau';
import { chinaDayField } from '../fields/chinaDay';
import { bilingual } from '../lib/bilingual';

/**
 * The bureau's missions led outside the zone and its promotion events, as the monthly report
 * counts them. Bureau only, like the leads.
 */
export const PromotionActivities: CollectionConfig = {
  slug: 'promotion-activities',
  labels: { singular: { zh: '招商活动', en: 'Mission or event' }, plural: { zh: '招商活动', en: 'Missions and events' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['startsOn', 'kind', 'title', 'place', 'ledBy'],
    hidden: hiddenOutsideBureau,
    group: { zh: '招商', en: 'Leads' },
  },
  defaultSort: '-startsOn',
  access: { read: bureauOnly, create: bureauOnly, update: bureauOnly, delete: bureauOnly },
  fields: [
    {
      name: 'kind',
      type: 'select',
      required: true,
      index: true,
      label: { zh: '类型', en: 'Kind' },
      options: [
        { value: 'mission', label: { zh: '外出招商', en: 'Mission outside the zone' } },
        { value: 'event', label: { zh: '招商活动', en: 'Promotion event' } },
      ],
    },
    { name: 'title', type: 'text', required: true, label: { zh: '名称', en: 'Title' } },
    {
      type: 'row',
      fields: [
        chinaDayField('startsOn', { zh: '开始日期', en: 'Starts' }, { required: true, index: true }),
        chinaDayField(
          'endsOn',
          { zh: '结束日期', en: 'Ends' },
          {
            validate: (value: unknown, { siblingData }: { siblingData: { startsOn?: string | null } }) => {
              if (value == null || value === '') return true;
              if (Number.isNaN(new Date(value as string).getTime())) return bilingual('日期无效', 'not a valid date');
              return siblingData?.startsOn && chinaDate(value as string) < chinaDate(siblingData.startsOn)
                ? bilingual('结束日期不能早于开始日期', 'must not be before the start')
                : true;
            },
          },
        ),
      ],
    },
    { name: 'place', type: 'text', label: { zh: '地点', en: 'Place' } },
    { name: 'ledBy', type: 'text', label: { zh: '带队', en: 'Led by' } },
    { name: 'notes', type: 'textarea', label: { zh: '备注', en: 'Notes' } },
  ],
};
