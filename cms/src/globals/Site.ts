import type { GlobalConfig } from 'payload';
import { anyone } from '../access/anyone';
import { allowRoles } from '../access/roles';
import { editorNotesField } from '../fields/editorNotes';
import { validateLink } from '../fields/webLink';
import { revalidateGlobalAfterChange } from '../revalidation/hooks';

/** Site-wide details shown in every page's header and footer. */
export const Site: GlobalConfig = {
  slug: 'site',
  label: { zh: '网站信息', en: 'Site details' },
  access: { read: anyone, update: allowRoles('admin', 'editor') },
  hooks: { afterChange: [revalidateGlobalAfterChange('site')] },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, label: { zh: '网站名称', en: 'Site name' } },
    { name: 'tagline', type: 'text', localized: true, label: { zh: '标语', en: 'Tagline' } },
    {
      name: 'positioning',
      type: 'textarea',
      localized: true,
      label: { zh: '产业定位', en: 'Industry positioning' },
      admin: { description: { zh: '首页“为什么选择这里”的第一句话。', en: 'The first sentence of the home page\'s "why here".' } },
    },
    {
      name: 'contact',
      type: 'group',
      label: { zh: '联系方式', en: 'Contact details' },
      admin: {
        description: {
          zh: '来源报道未提供联系方式，请编辑补充；留空的项目不会在网站上显示。',
          en: 'The source article gives no contact details; editors supply them. Empty items are not shown on the site.',
        },
      },
      fields: [
        { name: 'address', type: 'text', localized: true, label: { zh: '地址', en: 'Address' } },
        { name: 'phone', type: 'text', label: { zh: '电话', en: 'Phone' } },
        { name: 'email', type: 'email', label: { zh: '电子邮箱', en: 'Email' } },
        { name: 'hours', type: 'text', localized: true, label: { zh: '办公时间', en: 'Office hours' } },
      ],
    },
    {
      name: 'icpNumber',
      type: 'text',
      label: { zh: 'ICP备案号', en: 'ICP filing number' },
      admin: { description: { zh: '例如：湘ICP备XXXXXXXX号。', en: 'For example 湘ICP备XXXXXXXX号.' } },
    },
    {
      name: 'psbNumber',
      type: 'text',
      label: { zh: '公安备案号', en: 'Public security filing number' },
      admin: {
        description: {
          zh: '例如：湘公网安备 43030002000000号。设置后显示在页脚。',
          en: 'For example 湘公网安备 43030002000000号. Shown in the footer when set.',
        },
      },
    },
    {
      name: 'social',
      type: 'array',
      label: { zh: '社交媒体', en: 'Social media' },
      labels: { singular: { zh: '账号', en: 'Account' }, plural: { zh: '社交媒体', en: 'Social media' } },
      fields: [
        {
          name: 'network',
          type: 'select',
          required: true,
          label: { zh: '平台', en: 'Network' },
          options: [
            { value: 'wechat', label: { zh: '微信公众号', en: 'WeChat' } },
            { value: 'weibo', label: { zh: '微博', en: 'Weibo' } },
            { value: 'linkedin', label: 'LinkedIn' },
            { value: 'douyin', label: { zh: '抖音', en: 'Douyin' } },
            { value: 'other', label: { zh: '其他', en: 'Other' } },
          ],
        },
        { name: 'label', type: 'text', localized: true, label: { zh: '名称', en: 'Label' } },
        { name: 'url', type: 'text', label: { zh: '链接', en: 'Link' }, validate: validateLink({ httpsOnly: true }) },
      ],
    },
    {
      name: 'navigation',
      type: 'array',
      label: { zh: '主导航', en: 'Main navigation' },
      labels: { singular: { zh: '导航项', en: 'Item' }, plural: { zh: '导航项', en: 'Items' } },
      admin: {
        description: {
          zh: '留空时使用默认导航。路径不含语言前缀，例如 /parks；中英文页面共用。',
          en: 'Empty means the default navigation. Paths omit the language prefix, e.g. /parks; both languages share them.',
        },
      },
      fields: [
        { name: 'label', type: 'text', required: true, localized: true, label: { zh: '文字', en: 'Label' } },
        {
          name: 'path',
          type: 'text',
          required: true,
          label: { zh: '路径', en: 'Path' },
          validate: (value: unknown) =>
            typeof value === 'string' && /^\/[a-z0-9\-/]*$/.test(value)
              ? true
              : '路径须以 / 开头，只含小写字母、数字、连字符 / The path must start with / and use lower-case letters, digits and hyphens',
        },
      ],
    },
    editorNotesField,
  ],
};
