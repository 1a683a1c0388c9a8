import type { GlobalConfig } from 'payload';
import { bureauOnly, officerFilter, validateOfficer } from '../access/bureau';
import { allowRoles } from '../access/roles';
import { dayOnlyDate } from '../fields/dateFormat';

/** Settings of the bureau's lead desk: who gets unrouted leads, and how fast leads are answered. */
export const LeadDesk: GlobalConfig = {
  slug: 'lead-desk',
  label: { zh: '咨询分派设置', en: 'Lead desk settings' },
  admin: { hidden: ({ user }) => (user as { role?: string } | null)?.role !== 'admin' },
  access: { read: bureauOnly, update: allowRoles('admin') },
  fields: [
    {
      name: 'defaultOfficer',
      type: 'relationship',
      relationTo: 'users',
      filterOptions: officerFilter,
      validate: validateOfficer,
      label: { zh: '默认负责专员', en: 'Default officer' },
      admin: { description: { zh: '没有分派规则匹配的咨询交给此人。', en: 'Inquiries no routing rule matches go to this officer.' } },
    },
    {
      name: 'firstResponseWorkingDays',
      type: 'number',
      required: true,
      defaultValue: 1,
      min: 0,
      max: 30,
      label: { zh: '首次答复时限（工作日）', en: 'First response within (working days)' },
    },
    {
      name: 'noReplyDays',
      type: 'number',
      required: true,
      defaultValue: 14,
      min: 1,
      max: 365,
      label: { zh: '“答复后 N 天未回复”列表的天数', en: 'Days for the “no reply after N days” list' },
    },
    {
      name: 'holidays',
      type: 'array',
      label: { zh: '节假日（不计入工作日）', en: 'Holidays (not working days)' },
      labels: { singular: { zh: '节假日', en: 'Holiday' }, plural: { zh: '节假日', en: 'Holidays' } },
      fields: [{ name: 'date', type: 'date', required: true, admin: { date: dayOnlyDate } }],
    },
  ],
};
