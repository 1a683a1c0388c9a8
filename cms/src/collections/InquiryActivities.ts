import type { CollectionConfig } from 'payload';
import { bureauOnly, hiddenOutsideBureau } from '../access/bureau';

/**
 * The activity log of the lead desk: one entry per change of an inquiry's stage, owner or notes
 * (and per administrator's correction of what the prospect wrote),
 * with who and when. Written only by the inquiries' hooks; nobody (not even an admin) edits or
 * deletes an entry through the API. Deleting an inquiry (PIPL erasure) deletes its entries.
 */
export const InquiryActivities: CollectionConfig = {
  slug: 'inquiry-activities',
  labels: { singular: { zh: '咨询记录', en: 'Inquiry activity' }, plural: { zh: '咨询记录', en: 'Inquiry activity' } },
  admin: {
    defaultColumns: ['inquiry', 'action', 'from', 'to', 'actor', 'createdAt'],
    hidden: hiddenOutsideBureau,
    group: { zh: '招商', en: 'Leads' },
  },
  defaultSort: '-createdAt',
  access: { read: bureauOnly, create: () => false, update: () => false, delete: () => false },
  fields: [
    { name: 'inquiry', type: 'relationship', relationTo: 'inquiries', required: true, index: true, label: { zh: '咨询', en: 'Inquiry' } },
    {
      name: 'action',
      type: 'select',
      required: true,
      label: { zh: '操作', en: 'Action' },
      options: [
        { value: 'created', label: { zh: '收到咨询', en: 'Received' } },
        { value: 'stage', label: { zh: '进度变更', en: 'Stage changed' } },
        { value: 'owner', label: { zh: '负责人变更', en: 'Owner changed' } },
        { value: 'note', label: { zh: '备注变更', en: 'Notes changed' } },
        { value: 'correction', label: { zh: '管理员更正咨询者填写的内容', en: "Prospect's answers corrected by an administrator" } },
      ],
    },
    { name: 'from', type: 'text', label: { zh: '原值', en: 'From' } },
    { name: 'to', type: 'text', label: { zh: '新值', en: 'To' } },
    { name: 'note', type: 'textarea', label: { zh: '说明', en: 'Details' } },
    // Empty when the system acted (the site's form, routing rules).
    { name: 'actor', type: 'relationship', relationTo: 'users', label: { zh: '操作人', en: 'By' } },
  ],
};
