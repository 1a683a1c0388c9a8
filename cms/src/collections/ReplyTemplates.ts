import type { CollectionConfig } from 'payload';
import { bureauOnly, hiddenOutsideBureau } from '../access/bureau';
import { allowRoles } from '../access/roles';
import { bilingual } from '../lib/bilingual';

const bodyLimit = 10_000;
const body = (value: unknown) => {
  if (typeof value !== 'string' || value.trim() === '') return bilingual('此项为必填项', 'this field is required');
  return value.length <= bodyLimit ? true : bilingual(`不能超过 ${bodyLimit} 个字符`, `must be at most ${bodyLimit} characters`);
};
const placeholderHelp = {
  zh: '可用占位符：{name} 客户姓名，{reference} 咨询编号，{officer} 负责专员，{park} 园区名称。',
  en: 'Placeholders: {name} the prospect, {reference} the inquiry number, {officer} the officer, {park} the park.',
};

/**
 * Starting points for replies to prospects (cms/src/lib/replyTemplate.ts fills them in): a body
 * in each language and which of the portal's pages the reply links to. Admins maintain them;
 * officers read them to choose one.
 */
export const ReplyTemplates: CollectionConfig = {
  slug: 'reply-templates',
  labels: { singular: { zh: '答复模板', en: 'Reply template' }, plural: { zh: '答复模板', en: 'Reply templates' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'updatedAt'], hidden: hiddenOutsideBureau, group: { zh: '招商', en: 'Leads' } },
  defaultSort: 'name',
  access: { read: bureauOnly, create: allowRoles('admin'), update: allowRoles('admin'), delete: allowRoles('admin') },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120, label: { zh: '模板名称', en: 'Name' } },
    {
      name: 'bodyZh',
      type: 'textarea',
      required: true,
      validate: body,
      label: { zh: '中文正文', en: 'Chinese text' },
      admin: { description: placeholderHelp, rows: 10 },
    },
    {
      name: 'bodyEn',
      type: 'textarea',
      required: true,
      validate: body,
      label: { zh: '英文正文', en: 'English text' },
      admin: { description: placeholderHelp, rows: 10 },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'linkIndustry',
          type: 'checkbox',
          defaultValue: true,
          label: { zh: '附客户所选产业的页面链接', en: 'Link the prospect’s industry page' },
        },
        {
          name: 'linkPark',
          type: 'checkbox',
          defaultValue: true,
          label: { zh: '附客户所选园区的页面链接', en: 'Link the prospect’s park page' },
        },
        { name: 'linkPolicies', type: 'checkbox', defaultValue: true, label: { zh: '附扶持政策页面链接', en: 'Link the policies page' } },
      ],
    },
  ],
};
