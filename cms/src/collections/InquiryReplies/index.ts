import type { CollectionConfig, PayloadRequest } from 'payload';
import { idOf } from '#common/idOf.ts';
import { bureauOnly, hiddenOutsideBureau } from '../../access/bureau';
import { bilingual } from '../../lib/bilingual';
import { awaitAnswer } from '../Inquiries/awaitingAnswer';
import { draftReply } from './endpoints/draft';
import { prepareReply } from './hooks/prepareReply';
import { sendReply } from './hooks/sendReply';

const bodyLimit = 20_000;

/** The inquiry must exist (the database refuses a reply to none with a server error otherwise). */
const existingInquiry = async (value: unknown, { req }: { req: PayloadRequest }) => {
  const id = idOf(value);
  if (id == null) return bilingual('此项为必填项', 'this field is required');
  const { totalDocs } = await req.payload.count({ collection: 'inquiries', where: { id: { equals: id } }, overrideAccess: true, req });
  return totalDocs === 1 ? true : bilingual('没有这个咨询', 'no such inquiry');
};

/**
 * Officers' replies to prospects, written on the inquiry (its "Replies" list opens this form) and
 * sent by email through the jobs queue from the bureau's address, with Reply-To the officer.
 * A sent reply is a record: nobody edits or deletes one (erasing the inquiry erases its replies).
 * Those marked for the prospect show on the tracking page.
 */
export const InquiryReplies: CollectionConfig = {
  slug: 'inquiry-replies',
  labels: { singular: { zh: '答复', en: 'Reply' }, plural: { zh: '答复', en: 'Replies' } },
  admin: {
    defaultColumns: ['createdAt', 'inquiry', 'language', 'author', 'showOnTrackPage'],
    hidden: hiddenOutsideBureau,
    group: { zh: '招商', en: 'Leads' },
  },
  defaultSort: 'createdAt',
  access: { read: bureauOnly, create: bureauOnly, update: () => false, delete: () => false },
  endpoints: [draftReply],
  hooks: { beforeChange: [prepareReply], afterChange: [sendReply, awaitAnswer] },
  fields: [
    {
      name: 'inquiry',
      type: 'relationship',
      relationTo: 'inquiries',
      required: true,
      index: true,
      label: { zh: '咨询', en: 'Inquiry' },
      validate: existingInquiry,
      // A reply is written on its inquiry, which the form already names.
      admin: { allowCreate: false },
    },
    {
      name: 'template',
      type: 'relationship',
      relationTo: 'reply-templates',
      label: { zh: '从模板开始', en: 'Start from a template' },
      admin: {
        description: {
          zh: '选择模板后，正文会按客户的语言填好，可再修改。',
          en: 'Choosing one fills in the text in the reply’s language; edit it before sending.',
        },
        components: { Field: '/components/ReplyTemplateField#ReplyTemplateField' },
        allowCreate: false,
      },
    },
    {
      name: 'language',
      type: 'select',
      label: { zh: '答复语言', en: 'Language of the reply' },
      options: [
        { value: 'zh', label: { zh: '中文', en: 'Chinese' } },
        { value: 'en', label: { zh: '英文', en: 'English' } },
      ],
      admin: { description: { zh: '留空即客户选择的语言。', en: 'Empty: the language the prospect chose.' } },
    },
    {
      name: 'body',
      type: 'textarea',
      label: { zh: '答复正文', en: 'Reply' },
      admin: { rows: 14 },
      validate: (value: unknown, { siblingData }: { siblingData: { template?: unknown } }) => {
        if (typeof value !== 'string' || value.trim() === '')
          return siblingData?.template != null ? true : bilingual('请填写答复或选择模板', 'write a reply or choose a template');
        return value.length <= bodyLimit ? true : bilingual(`不能超过 ${bodyLimit} 个字符`, `must be at most ${bodyLimit} characters`);
      },
    },
    {
      name: 'showOnTrackPage',
      type: 'checkbox',
      defaultValue: true,
      label: { zh: '在客户的进度查询页面显示', en: 'Show on the prospect’s tracking page' },
    },
    {
      name: 'author',
      type: 'relationship',
      relationTo: 'users',
      label: { zh: '答复人', en: 'Written by' },
      access: { create: () => false, update: () => false },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'delivery',
      type: 'join',
      collection: 'inquiry-activities',
      on: 'reply',
      label: { zh: '发送状态', en: 'Delivery' },
      // Nothing to show before the reply is sent.
      admin: { allowCreate: false, defaultColumns: ['createdAt', 'summary'], condition: (data) => data?.id != null },
    },
  ],
};
