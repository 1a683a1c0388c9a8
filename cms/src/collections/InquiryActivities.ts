import type { CollectionConfig, FieldHook } from 'payload';
import { bureauOnly, hiddenOutsideBureau } from '../access/bureau';
import { describeEntry, emailKindOptions, emailStateOptions, type TimelineEntry } from '../lib/timelineEntry';

/**
 * The entry in one line, in both admin languages (not stored): the admin's own table reads run
 * without the reader's language, so the column's cell (TimelineTextCell) picks the reader's.
 */
const textCell = '/components/TimelineTextCell#TimelineTextCell';

const summarize: FieldHook = ({ siblingData }) => ({
  zh: describeEntry(siblingData as TimelineEntry, 'zh'),
  en: describeEntry(siblingData as TimelineEntry, 'en'),
});

/**
 * Who acted, as a name in both languages (not stored): the officer's name or email, "system" for
 * the site's form and routing, "prospect" for a prospect's answer. A relationship column needs the
 * reader to read that user and shows "‹没有 操作人›" otherwise; this reads it past access, name only.
 */
const actorName: FieldHook = async ({ siblingData, req }) => {
  if (siblingData.action === 'answer') return { zh: '客户', en: 'Prospect' };
  const actor = siblingData.actor as unknown;
  if (actor == null) return { zh: '系统', en: 'System' };
  let name: string;
  if (typeof actor === 'object') {
    const user = actor as { name?: string | null; email?: string };
    name = user.name || user.email || '';
  } else {
    const found = await req.payload.find({
      collection: 'users',
      where: { id: { equals: actor } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      select: { name: true, email: true },
      req,
    });
    const user = found.docs[0];
    name = user ? user.name || user.email : String(actor);
  }
  return { zh: name, en: name };
};

/**
 * The timeline of the lead desk: one entry per event of an inquiry, in order — its arrival,
 * every email the portal sent about it (with its state, attempts and last error, kept up to date
 * by the email job, so officers never need the admins-only job records), stage and owner
 * changes with who made them, each note, each reply, each answer of the prospect and each
 * administrator's correction of what the prospect wrote (by field name), each possible duplicate
 * and each merge (a survivor also holds a copy of each entry of the inquiries merged into it). Written
 * only by the CMS's own hooks, endpoints and jobs; nobody (not even an admin) edits or deletes
 * an entry through the API. Deleting an inquiry (PIPL erasure) deletes its entries.
 */
export const InquiryActivities: CollectionConfig = {
  slug: 'inquiry-activities',
  labels: { singular: { zh: '咨询记录', en: 'Timeline entry' }, plural: { zh: '咨询记录', en: 'Timeline' } },
  admin: {
    defaultColumns: ['createdAt', 'inquiry', 'action', 'summary', 'by'],
    hidden: hiddenOutsideBureau,
    group: { zh: '招商', en: 'Leads' },
  },
  defaultSort: 'createdAt',
  access: { read: bureauOnly, create: () => false, update: () => false, delete: () => false },
  fields: [
    { name: 'inquiry', type: 'relationship', relationTo: 'inquiries', required: true, index: true, label: { zh: '咨询', en: 'Inquiry' } },
    {
      name: 'action',
      type: 'select',
      required: true,
      label: { zh: '事项', en: 'Event' },
      options: [
        { value: 'created', label: { zh: '收到咨询', en: 'Received' } },
        { value: 'stage', label: { zh: '进度变更', en: 'Stage changed' } },
        { value: 'owner', label: { zh: '负责人变更', en: 'Owner changed' } },
        { value: 'note', label: { zh: '备注', en: 'Note' } },
        { value: 'email', label: { zh: '邮件', en: 'Email' } },
        { value: 'answer', label: { zh: '客户回复', en: 'Prospect’s answer' } },
        { value: 'nextAction', label: { zh: '下次跟进日期变更', en: 'Next action changed' } },
        { value: 'nonResponsive', label: { zh: '客户无回应标记', en: 'Non-responsive flag' } },
        { value: 'correction', label: { zh: '管理员更正咨询者填写的内容', en: "Prospect's answers corrected by an administrator" } },
        { value: 'duplicate', label: { zh: '可能重复', en: 'Possible duplicate' } },
        { value: 'mergedInto', label: { zh: '已合并到其他咨询', en: 'Merged into another inquiry' } },
        { value: 'mergedHere', label: { zh: '其他咨询已合并到此', en: 'Another inquiry merged into this one' } },
        { value: 'project', label: { zh: '已转为招商项目', en: 'Turned into a project' } },
      ],
    },
    {
      name: 'summary',
      type: 'json',
      virtual: true,
      label: { zh: '内容', en: 'What happened' },
      hooks: { afterRead: [summarize] },
      admin: { components: { Cell: textCell } },
    },
    {
      name: 'by',
      type: 'json',
      virtual: true,
      label: { zh: '操作人', en: 'By' },
      hooks: { afterRead: [actorName] },
      admin: { components: { Cell: textCell } },
    },
    { name: 'from', type: 'text', label: { zh: '原值', en: 'From' } },
    { name: 'to', type: 'text', label: { zh: '新值', en: 'To' } },
    { name: 'note', type: 'textarea', label: { zh: '说明', en: 'Details' } },
    // Empty when the system acted (the site's form, routing rules) or the prospect answered.
    { name: 'actor', type: 'relationship', relationTo: 'users', label: { zh: '操作人账号', en: 'By (account)' } },
    { name: 'emailKind', type: 'select', options: emailKindOptions, label: { zh: '邮件类型', en: 'Email' } },
    { name: 'emailState', type: 'select', options: emailStateOptions, index: true, label: { zh: '邮件状态', en: 'Email state' } },
    { name: 'attempts', type: 'number', label: { zh: '尝试次数', en: 'Attempts' } },
    { name: 'lastError', type: 'text', label: { zh: '最近错误', en: 'Last error' } },
    { name: 'sentAt', type: 'date', label: { zh: '发送时间', en: 'Sent' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'reply', type: 'relationship', relationTo: 'inquiry-replies', label: { zh: '答复', en: 'Reply' } },
    { name: 'replyLanguage', type: 'select', options: ['zh', 'en'], label: { zh: '答复语言', en: 'Reply language' } },
    // A prospect's answer is stored once per form (its idempotency key), however often it is sent.
    // On the survivor of a merge: the merged inquiry's reference, on each entry copied from it.
    { name: 'mergedFrom', type: 'text', label: { zh: '来自已合并的咨询', en: 'From the merged inquiry' } },
    { name: 'submissionKey', type: 'text', unique: true, index: true, label: { zh: '提交标识', en: 'Submission key' } },
  ],
};
