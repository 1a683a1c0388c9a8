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
import { idempotencyKeyPattern, isRequiredProspectField } from '#common/inquiryOptions.ts';
import { exportCsv } from './endpoints/exportCsv';
import { countryAsSubmittedField, countryField } from './fields/country';
import { followUpFields } from './fields/followUp';
import { prospectAnswer } from './fields/prospectAnswer';
import { leadStats } from './endpoints/stats';
import { submitInquiry } from './endpoints/submit';
import { answerInquiry } from './endpoints/answer';
import { trackInquiry } from './endpoints/track';
import { mergeInquiry } from './endpoints/merge';
import { turnIntoProject } from './endpoints/turnIntoProject';
import { duplicateFields } from './duplicateFields';
import { flagDuplicates } from './hooks/flagDuplicates';
import { assignReference } from './hooks/assignReference';
import { deleteActivities } from './hooks/deleteActivities';
import { logActivity } from './hooks/logActivity';
import { queueNotifications } from './hooks/queueNotifications';
import { routeInquiry } from './hooks/routeInquiry';
import { trackFirstResponse } from './hooks/trackFirstResponse';
import { timelineFields } from './timelineFields';

// A field's own validate replaces Payload's default one, so it checks `required` too.
const maxLength =
  (limit: number) =>
  (value: unknown, { required }: { required?: boolean }) => {
    if (value == null || value === '') return required ? bilingual('此项为必填项', 'this field is required') : true;
    if (typeof value !== 'string') return bilingual('必须是文本', 'must be text');
    return value.length <= limit ? true : bilingual(`不能超过 ${limit} 个字符`, `must be at most ${limit} characters`);
  };
const fixed = { update: () => false };
// Stage, owner and dates belong to the bureau: values the site sends for them are dropped.
const bureauField = { create: bureauOnly, update: bureauOnly };

/** Whether the form asks for an answer: the list the site's schema reads too. */
const required = (name: string) => ({ required: isRequiredProspectField(name) });

/** A text the prospect writes. */
const text = (name: string, label: string, limit: number, validate: TextFieldSingleValidation = maxLength(limit)): Field => ({
  name,
  type: 'text',
  ...required(name),
  label: uiLabel(label),
  validate,
  ...prospectAnswer,
});

/** A choice the prospect makes from one of the form's option groups. */
const choice = (name: 'companySize' | 'inquiryType' | 'investmentBand' | 'jobsBand' | 'timeline' | 'contactChannel'): Field => ({
  name,
  type: 'select',
  ...required(name),
  options: selectOptions(name),
  label: uiLabel(`inquiry.${name}`),
  ...prospectAnswer,
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
    defaultColumns: ['reference', 'company', 'country', 'industry', 'stage', 'owner', 'respondBy', 'nextActionOn', 'createdAt'],
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
  endpoints: [submitInquiry, trackInquiry, answerInquiry, mergeInquiry, turnIntoProject, exportCsv, leadStats],
  hooks: {
    beforeChange: [assignReference, routeInquiry, trackFirstResponse],
    afterChange: [logActivity, queueNotifications, flagDuplicates],
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
    // Its project, or the button that makes one (cms/src/components/TurnIntoProject.tsx).
    { name: 'project', type: 'ui', admin: { position: 'sidebar', components: { Field: '/components/TurnIntoProject#TurnIntoProject' } } },
    ...duplicateFields,
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
    ...followUpFields,
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
            { name: 'email', type: 'email', ...required('email'), label: uiLabel('inquiry.email'), ...prospectAnswer },
            text('phone', 'inquiry.phone', inquiryLimits.phone),
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
            text('website', 'inquiry.website', inquiryLimits.website, validateWebsite(inquiryLimits.website)),
          ],
        },
        {
          type: 'row',
          fields: [countryField, choice('companySize')],
        },
        countryAsSubmittedField,
      ],
    },
    {
      type: 'collapsible',
      label: { zh: '投资项目', en: 'Project' },
      fields: [
        {
          type: 'row',
          fields: [
            choice('inquiryType'),
            {
              name: 'industry',
              type: 'text',
              ...required('industry'),
              index: true,
              validate: validateIndustry,
              label: uiLabel('inquiry.industry'),
              ...prospectAnswer,
            },
            { name: 'park', type: 'relationship', relationTo: 'parks', label: uiLabel('inquiry.park'), ...prospectAnswer },
          ],
        },
        {
          type: 'row',
          fields: [choice('investmentBand'), choice('jobsBand'), choice('timeline')],
        },
        {
          name: 'message',
          type: 'textarea',
          ...required('message'),
          label: uiLabel('inquiry.message'),
          validate: maxLength(inquiryLimits.message),
          ...prospectAnswer,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'preferredLanguage',
          type: 'select',
          ...required('preferredLanguage'),
          defaultValue: 'zh',
          label: uiLabel('inquiry.preferredLanguage'),
          options: localeCodes.map((code) => ({ value: code, label: uiLabel(`inquiry.language.${code}`) })),
          ...prospectAnswer,
        },
        choice('contactChannel'),
        {
          name: 'locale',
          type: 'select',
          required: true,
          defaultValue: 'zh',
          label: { zh: '表单语言', en: 'Language of the form' },
          options: localeCodes.map((code) => ({ value: code, label: code })),
          ...prospectAnswer,
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
      hooks: prospectAnswer.hooks,
    },
    ...timelineFields,
  ],
};
