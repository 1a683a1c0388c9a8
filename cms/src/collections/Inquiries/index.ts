import type { CollectionConfig } from 'payload';
import { allowRoles, hasRole } from '../../access/roles';
import { localeCodes } from '../../../../src/i18n/locales';
import { inquiryLimits } from '../../../../src/lib/inquiryLimits';
import { assignReference } from './hooks/assignReference';

const bureauOnly = ({ req }: { req: Parameters<typeof hasRole>[0] }) => hasRole(req, 'admin', 'investment-officer');
const bilingual = (zh: string, en: string) => `${zh} / ${en}`;
const maxLength = (limit: number) => (value: unknown) =>
  value == null || String(value).length <= limit
    ? true
    : bilingual(`不能超过 ${limit} 个字符`, `must be at most ${limit} characters`);

/**
 * Leads from the public inquiry form. Only the bureau (admins and investment officers) may
 * read or work them; the site's service account may only create them; editors and anonymous
 * visitors get nothing.
 */
export const Inquiries: CollectionConfig = {
  slug: 'inquiries',
  labels: { singular: { zh: '投资咨询', en: 'Inquiry' }, plural: { zh: '投资咨询', en: 'Inquiries' } },
  admin: {
    useAsTitle: 'reference',
    defaultColumns: ['reference', 'company', 'country', 'status', 'createdAt'],
    hidden: ({ user }) => !['admin', 'investment-officer'].includes((user as { role?: string } | null)?.role ?? ''),
  },
  defaultSort: '-createdAt',
  access: {
    create: allowRoles('admin', 'investment-officer', 'site-service'),
    read: bureauOnly,
    update: bureauOnly,
    delete: allowRoles('admin'),
  },
  hooks: { beforeValidate: [assignReference] },
  fields: [
    {
      name: 'reference',
      type: 'text',
      unique: true,
      index: true,
      label: { zh: '编号', en: 'Reference' },
      access: { update: () => false },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'new',
      label: { zh: '状态', en: 'Status' },
      // The site's service account cannot set a lead's stage; it always starts as new.
      access: { create: bureauOnly, update: bureauOnly },
      admin: { position: 'sidebar' },
      options: [
        { value: 'new', label: { zh: '新咨询', en: 'New' } },
        { value: 'acknowledged', label: { zh: '已确认', en: 'Acknowledged' } },
        { value: 'closed', label: { zh: '已关闭', en: 'Closed' } },
      ],
    },
    { name: 'name', type: 'text', required: true, label: { zh: '姓名', en: 'Name' }, validate: maxLength(inquiryLimits.name) },
    { name: 'company', type: 'text', required: true, label: { zh: '公司', en: 'Company' }, validate: maxLength(inquiryLimits.company) },
    { name: 'email', type: 'email', required: true, label: { zh: '电子邮箱', en: 'Email' } },
    { name: 'country', type: 'text', required: true, label: { zh: '国家或地区', en: 'Country or region' }, validate: maxLength(inquiryLimits.country) },
    { name: 'message', type: 'textarea', required: true, label: { zh: '留言', en: 'Message' }, validate: maxLength(inquiryLimits.message) },
    {
      name: 'consent',
      type: 'checkbox',
      required: true,
      label: { zh: '同意隐私声明', en: 'Consented to the privacy notice' },
      validate: (value: unknown) => (value === true ? true : bilingual('必须同意隐私声明', 'consent to the privacy notice is required')),
      access: { update: () => false },
    },
    {
      name: 'locale',
      type: 'select',
      required: true,
      defaultValue: 'zh',
      label: { zh: '咨询语言', en: 'Language of the inquiry' },
      options: localeCodes.map((code) => ({ value: code, label: code })),
      admin: { position: 'sidebar' },
    },
  ],
};
