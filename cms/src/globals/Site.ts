import type { GlobalConfig } from 'payload';
import { anyone } from '../access/anyone';
import { allowRoles } from '../access/roles';
import { revalidateGlobalAfterChange } from '../hooks/revalidateSite';

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
      ],
    },
    {
      name: 'icpNumber',
      type: 'text',
      label: { zh: 'ICP备案号', en: 'ICP filing number' },
      admin: { description: { zh: '例如：湘ICP备XXXXXXXX号。', en: 'For example 湘ICP备XXXXXXXX号.' } },
    },
  ],
};
