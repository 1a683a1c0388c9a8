import type { CollectionConfig, Field, TextFieldSingleValidation } from 'payload';
import { bureauOnly, hiddenOutsideBureau, officerFilter, validateOfficer } from '../../access/bureau';
import { allowRoles } from '../../access/roles';
import { adminTimestampFormat } from '../../i18n/dateFormats';
import { bilingual } from '../../lib/bilingual';
import { selectOptions, uiLabel } from '../../lib/optionLabels';
import { validateIndustry } from '../../fields/industry';
import { validateWebsite } from '../../fields/webLink';
import { localeCodes } from '#common/locales.ts';
import { inquiryLimits } from '#common/inquiryLimits.ts';
import { idempotencyKeyPattern } from '#common/inquiryOptions.ts';
import { exportCsv } from './endpoints/exportCsv';
import { leadStats } from './endpoints/stats';
import { submitInquiry } from './endpoints/submit';
import { trackInquiry } from './endpoints/track';
import { assignReference } from './hooks/assignReference';
import { deleteActivities } from './hooks/deleteActivities';
import { logActivity } from './hooks/logActivity';
import { queueNotifications } from './hooks/queueNotifications';
import { routeInquiry } from './hooks/routeInquiry';
import { trackFirstResponse } from './hooks/trackFirstResponse';

// A field's own validate replaces Payload's default one, so it checks `required` too.
const maxLength =
  (limit: number) =>
  (value: unknown, { required }: { required?: boolean }) => {
    if (value == null || value === '') return required ? bilingual('此项为必填项', 'this field is required') : true;
    if (typeof value !== 'string') return bilingual('必须是文本', 'must be text');
    return value.length <= limit ? true : bilingual(`不能超过 ${limit} 个字符`, `must be at most ${limit} characters`);
  };
const fixed = { update: () => false };
// Stage, owner, notes and dates belong to the bureau: values the site sends for them are dropped.
const bureauField = { create: bureauOnly, update: bureauOnly };

const text = (
  name: string,
  label: string,
  limit: number,
  required = true,
  validate: TextFieldSingleValidation = maxLength(limit),
): Field => ({
  name,
  type: 'text',
  required,
  label: uiLabel(label),
  validate,
});

/**
 * Leads from the public inquiry form, worked by the bureau as a pipeline (stages), each with an
 * owner and an activity log. Only admins and investment officers read or work them; the site's
 * service account only creates them (through `POST /api/inquiries/submit`) and looks one up for
 * the prospect (`POST /api/inquiries/track`); editors and anonymous visitors get nothing.
 */
export const Inquiries: CollectionConfig = {
  slug: 'inquiries',
  labels: { singular: { zh: '投资咨询', en: 'Inquiry' }, plural: { zh: '投资咨询', en: 'Inquiries' } },
  admin: {
    useAsTitle: 'reference',
    defaultColumns: ['reference', 'company', 'country', 'industry', 'stage', 'owner', 'respondBy', 'createdAt'],
    listSearchableFields: ['reference', 'company', 'email', 'name'],
    hidden: hiddenOutsideBureau,
    group: { zh: '招商', en: 'Leads' },
    components: { beforeListTable: ['/components/LeadDashboard#LeadDashboard'] },
  },
  defaultSort: '-createdAt',
  access: {
    create: allowRoles('admin', 'investment-officer', 'site-service'),
    read: bureauOnly,
    update: bureauOnly,
    delete: allowRoles('admin'),
  },
  endpoints: [submitInquiry, trackInquiry, exportCsv, leadStats],
  hooks: {
    beforeChange: [assignReference, routeInquiry, trackFirstResponse],
    afterChange: [logActivity, queueNotifications],
    beforeDelete: [deleteActivities],
  },
  fields: [
    {
      name: 'reference',
      type: 'text',
      unique: true,
      index: true,
      label: { zh: '编号', en: 'Reference' },
      access: fixed,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'stage',
      type: 'select',
      required: true,
      defaultValue: 'new',
      index: true,
      label: { zh: '进度', en: 'Stage' },
      access: bureauField,
      admin: { position: 'sidebar' },
      options: selectOptions('stage'),
    },
    {
      name: 'closeReason',
      type: 'select',
      label: { zh: '关闭原因', en: 'Close reason' },
      access: bureauField,
      options: selectOptions('closeReason'),
      admin: { position: 'sidebar', condition: (data) => data?.stage === 'closed' },
      validate: (value: unknown, { siblingData }: { siblingData: { stage?: string } }) =>
        siblingData?.stage === 'closed' && !value ? bilingual('关闭咨询时须选择原因', 'choose why the inquiry is closed') : true,
    },
    {
      name: 'owner',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      filterOptions: officerFilter,
      validate: validateOfficer,
      label: { zh: '负责专员', en: 'Owner' },
      access: bureauField,
      admin: { position: 'sidebar' },
    },
    {
      name: 'respondBy',
      type: 'date',
      index: true,
      label: { zh: '首次答复期限', en: 'First response due' },
      access: { create: () => false, update: () => false },
      admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime', displayFormat: adminTimestampFormat } },
    },
    {
      name: 'firstResponseAt',
      type: 'date',
      index: true,
      label: { zh: '首次答复时间', en: 'First response' },
      access: { create: () => false, update: () => false },
      admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime', displayFormat: adminTimestampFormat } },
    },
    {
      name: 'idempotencyKey',
      type: 'text',
      unique: true,
      index: true,
      label: { zh: '提交标识', en: 'Submission key' },
      access: fixed,
      admin: { readOnly: true, position: 'sidebar', description: { zh: '防止重复提交。', en: 'Makes a resubmitted form one inquiry.' } },
      validate: (value: unknown) =>
        value == null || value === '' || (typeof value === 'string' && idempotencyKeyPattern.test(value))
          ? true
          : bilingual('提交标识无效', 'invalid submission key'),
    },
    {
      name: 'notes',
      type: 'textarea',
      label: { zh: '内部备注', en: 'Internal notes' },
      access: bureauField,
      validate: maxLength(20_000),
      admin: { description: { zh: '仅招商局可见；每次修改都会记入记录。', en: 'Seen by the bureau only; every change is logged.' } },
    },
    {
      type: 'collapsible',
      label: { zh: '联系人', en: 'Contact' },
      fields: [
        {
          type: 'row',
          fields: [text('name', 'inquiry.name', inquiryLimits.name), text('jobTitle', 'inquiry.jobTitle', inquiryLimits.jobTitle)],
        },
        {
          type: 'row',
          fields: [
            { name: 'email', type: 'email', required: true, label: uiLabel('inquiry.email') },
            text('phone', 'inquiry.phone', inquiryLimits.phone, false),
          ],
        },
      ],
    },
    {
      type: 'collapsible',
      label: { zh: '公司', en: 'Company' },
      fields: [
        {
          type: 'row',
          fields: [
            text('company', 'inquiry.company', inquiryLimits.company),
            text('website', 'inquiry.website', inquiryLimits.website, false, validateWebsite(inquiryLimits.website)),
          ],
        },
        {
          type: 'row',
          fields: [
            text('country', 'inquiry.country', inquiryLimits.country),
            {
              name: 'companySize',
              type: 'select',
              required: true,
              options: selectOptions('companySize'),
              label: uiLabel('inquiry.companySize'),
            },
          ],
        },
      ],
    },
    {
      type: 'collapsible',
      label: { zh: '投资项目', en: 'Project' },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'inquiryType',
              type: 'select',
              required: true,
              options: selectOptions('inquiryType'),
              label: uiLabel('inquiry.inquiryType'),
            },
            { name: 'industry', type: 'text', required: true, index: true, validate: validateIndustry, label: uiLabel('inquiry.industry') },
            { name: 'park', type: 'relationship', relationTo: 'parks', label: uiLabel('inquiry.park') },
          ],
        },
        {
          type: 'row',
          fields: [
            {
              name: 'investmentBand',
              type: 'select',
              required: true,
              options: selectOptions('investmentBand'),
              label: uiLabel('inquiry.investmentBand'),
            },
            { name: 'jobsBand', type: 'select', required: true, options: selectOptions('jobsBand'), label: uiLabel('inquiry.jobsBand') },
            { name: 'timeline', type: 'select', required: true, options: selectOptions('timeline'), label: uiLabel('inquiry.timeline') },
          ],
        },
        {
          name: 'message',
          type: 'textarea',
          required: true,
          label: uiLabel('inquiry.message'),
          validate: maxLength(inquiryLimits.message),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'preferredLanguage',
          type: 'select',
          required: true,
          defaultValue: 'zh',
          label: uiLabel('inquiry.preferredLanguage'),
          options: localeCodes.map((code) => ({ value: code, label: uiLabel(`inquiry.language.${code}`) })),
        },
        {
          name: 'contactChannel',
          type: 'select',
          required: true,
          options: selectOptions('contactChannel'),
          label: uiLabel('inquiry.contactChannel'),
        },
        {
          name: 'locale',
          type: 'select',
          required: true,
          defaultValue: 'zh',
          label: { zh: '表单语言', en: 'Language of the form' },
          options: localeCodes.map((code) => ({ value: code, label: code })),
        },
      ],
    },
    {
      name: 'consent',
      type: 'checkbox',
      required: true,
      label: { zh: '同意隐私声明（个人信息保护法）', en: 'Consented to the privacy notice (PIPL)' },
      validate: (value: unknown) => (value === true ? true : bilingual('必须同意隐私声明', 'consent to the privacy notice is required')),
      access: fixed,
    },
    {
      name: 'activity',
      type: 'join',
      collection: 'inquiry-activities',
      on: 'inquiry',
      label: { zh: '记录', en: 'Activity log' },
      defaultSort: '-createdAt',
      admin: { defaultColumns: ['action', 'from', 'to', 'note', 'actor', 'createdAt'] },
    },
  ],
};
