import type { CollectionConfig } from 'payload';
import { bureauOnly, hiddenOutsideBureau, officerFilter, validateOfficer } from '../access/bureau';
import { allowRoles } from '../access/roles';
import { validateIndustry } from '../fields/industry';

/**
 * Which officer gets a new inquiry, by industry and park (cms/src/lib/routing.ts decides). Empty
 * industry or park means any; the most specific matching rule wins. Admins edit, officers read.
 */
export const RoutingRules: CollectionConfig = {
  slug: 'routing-rules',
  labels: { singular: { zh: '分派规则', en: 'Routing rule' }, plural: { zh: '分派规则', en: 'Routing rules' } },
  admin: { defaultColumns: ['industry', 'park', 'officer', 'order'], hidden: hiddenOutsideBureau, group: { zh: '招商', en: 'Leads' } },
  defaultSort: 'order',
  access: { read: bureauOnly, create: allowRoles('admin'), update: allowRoles('admin'), delete: allowRoles('admin') },
  fields: [
    {
      name: 'industry',
      type: 'text',
      validate: validateIndustry,
      label: { zh: '产业（留空为任意）', en: 'Industry (empty: any)' },
      admin: {
        description: { zh: '产业的网址标识（如 clean-energy），或 other', en: "The industry's slug (e.g. clean-energy), or other" },
      },
    },
    { name: 'park', type: 'relationship', relationTo: 'parks', label: { zh: '园区（留空为任意）', en: 'Park (empty: any)' } },
    {
      name: 'officer',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      filterOptions: officerFilter,
      validate: validateOfficer,
      label: { zh: '负责专员', en: 'Officer' },
    },
    { name: 'order', type: 'number', defaultValue: 0, label: { zh: '顺序（同等匹配时小者优先）', en: 'Order (lower wins a tie)' } },
  ],
};
