import type { Field, FieldHook } from 'payload';
import { bureauOnly } from '../../../access/bureau';
import { adminTimestampFormat } from '../../../i18n/dateFormats';
import { bilingual } from '../../../lib/bilingual';
import { dayOnlyDate } from '../../../fields/dateFormat';
import { nextActionInstant } from '../followUp';

const normalizeDay: FieldHook = ({ value }) => nextActionInstant(value);

// Written by the follow-up sweep and the reply and answer hooks only (past access).
const systemOnly = { create: () => false, update: () => false };

/**
 * The lead's follow-up: the officer's next action day (its owner is mailed that morning), and
 * what the CMS keeps about it — the day last reminded (once per day), since when an answer from
 * the prospect is awaited (the officer's last reply) and whether the lead went non-responsive.
 */
export const followUpFields: Field[] = [
  {
    name: 'nextActionOn',
    type: 'date',
    index: true,
    label: { zh: '下次跟进日期', en: 'Next action' },
    access: { create: bureauOnly, update: bureauOnly },
    hooks: { beforeValidate: [normalizeDay] },
    validate: (value: unknown) =>
      value == null || value === '' || !Number.isNaN(new Date(value as string).getTime())
        ? true
        : bilingual('日期无效', 'not a valid date'),
    admin: {
      position: 'sidebar',
      date: dayOnlyDate,
      description: { zh: '当天上午（北京时间 8 点）提醒负责专员。', en: 'The owner gets a reminder that morning (08:00 China time).' },
    },
  },
  {
    name: 'remindedFor',
    type: 'text',
    label: { zh: '已提醒的跟进日期', en: 'Reminded for' },
    access: systemOnly,
    admin: { readOnly: true, position: 'sidebar', condition: (data) => Boolean(data?.remindedFor) },
  },
  {
    name: 'awaitingAnswerSince',
    type: 'date',
    index: true,
    label: { zh: '等待客户回复自', en: 'Awaiting an answer since' },
    access: systemOnly,
    admin: {
      readOnly: true,
      position: 'sidebar',
      condition: (data) => Boolean(data?.awaitingAnswerSince),
      date: { pickerAppearance: 'dayAndTime', displayFormat: adminTimestampFormat },
    },
  },
  {
    name: 'nonResponsive',
    type: 'checkbox',
    index: true,
    defaultValue: false,
    label: { zh: '客户无回应（六周）', en: 'Non-responsive (six weeks)' },
    access: systemOnly,
    admin: {
      readOnly: true,
      position: 'sidebar',
      description: {
        zh: '答复后六周未收到客户回复时由系统标记；客户再回复即取消。不会自动关闭咨询。',
        en: 'Set by the CMS when the prospect has not answered for six weeks after a reply; cleared by their next answer. The lead is not closed.',
      },
    },
  },
];
