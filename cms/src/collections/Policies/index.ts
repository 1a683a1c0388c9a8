import type { CollectionConfig } from 'payload';
import { localizedText, localizedTextarea } from '../../fields/bilingual';
import { editorNotesField } from '../../fields/editorNotes';
import { richBodyFields } from '../../fields/richBody';
import { slugField } from '../../fields/slug';
import { schedulePolicyStatusAfterChange } from '../../jobs/policyStatusChange';
import { editorialCollection } from '../editorial';
import { withEditorialWorkflow } from '../editorialWorkflow';
import { editorialVersions } from '../versions';
import { policyStatusField } from './statusField';
import { dayOnlyDate } from '../../fields/dateFormat';

export const policyTypes = ['investment-promotion', 'project-management', 'incentive', 'land', 'talent', 'tax', 'finance'] as const;

const editorial = editorialCollection('policies');

/**
 * Policies and measures. Whether one is in force is derived from its dates on the site
 * (src/common/policyStatus.ts), so it changes on its expiry date without anyone touching it; a job
 * queued at that instant (cms/src/jobs/policyStatusChange.ts) drops the cached pages showing it.
 */
export const Policies: CollectionConfig = withEditorialWorkflow({
  slug: 'policies',
  labels: { singular: { zh: '政策', en: 'Policy' }, plural: { zh: '政策', en: 'Policies' } },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'type', 'status', 'effectiveFrom', 'expiresOn', '_status'] },
  defaultSort: '-effectiveFrom',
  versions: editorialVersions,
  access: editorial.access,
  hooks: { ...editorial.hooks, afterChange: [...(editorial.hooks?.afterChange ?? []), schedulePolicyStatusAfterChange] },
  fields: [
    localizedText('title', { zh: '标题', en: 'Title' }, { required: true }),
    slugField('title'),
    localizedText('issuingBody', { zh: '发布机关', en: 'Issuing body' }),
    {
      name: 'type',
      type: 'select',
      required: true,
      index: true,
      label: { zh: '类型', en: 'Type' },
      options: [
        { value: 'investment-promotion', label: { zh: '招商引资', en: 'Investment promotion' } },
        { value: 'project-management', label: { zh: '项目管理', en: 'Project management' } },
        { value: 'incentive', label: { zh: '产业扶持', en: 'Incentives' } },
        { value: 'land', label: { zh: '用地', en: 'Land' } },
        { value: 'talent', label: { zh: '人才', en: 'Talent' } },
        { value: 'tax', label: { zh: '税收', en: 'Tax' } },
        { value: 'finance', label: { zh: '金融', en: 'Finance' } },
      ],
    },
    { name: 'industries', type: 'relationship', relationTo: 'industries', hasMany: true, label: { zh: '适用产业', en: 'Industries' } },
    {
      type: 'row',
      fields: [
        {
          name: 'effectiveFrom',
          type: 'date',
          index: true,
          label: { zh: '生效日期', en: 'Effective from' },
          admin: { date: dayOnlyDate },
        },
        {
          name: 'expiresOn',
          type: 'date',
          index: true,
          label: { zh: '失效日期', en: 'Expires on' },
          admin: {
            date: dayOnlyDate,
            description: { zh: '长期有效则留空。', en: 'Leave empty if it does not expire.' },
          },
          validate: (value: unknown, { siblingData }: { siblingData: { effectiveFrom?: string | null } }) => {
            if (!value || !siblingData.effectiveFrom) return true;
            return new Date(value as string) > new Date(siblingData.effectiveFrom)
              ? true
              : '失效日期须晚于生效日期 / The expiry date must be after the effective date';
          },
        },
      ],
    },
    policyStatusField,
    localizedTextarea('summary', { zh: '摘要', en: 'Summary' }),
    ...richBodyFields({ zh: '全文', en: 'Full text' }),
    {
      name: 'attachments',
      type: 'upload',
      relationTo: 'documents',
      hasMany: true,
      label: { zh: '附件（PDF）', en: 'Attachments (PDF)' },
    },
    editorNotesField,
  ],
});
