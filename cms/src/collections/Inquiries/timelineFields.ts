import type { Field, FieldHook, PayloadRequest } from 'payload';
import { bureauOnly } from '../../access/bureau';
import { bilingual } from '../../lib/bilingual';

const noteLimit = 20_000;

/**
 * The note typed into the form, kept for this save's timeline entry (the field itself is not
 * stored). Kept by request, not in the hook's `context`: a nested Local API call during the save
 * can give the request a fresh context object, and the after-change hook would not see it.
 */
const notes = new WeakMap<PayloadRequest, string>();
const keepNote: FieldHook = ({ value, req }) => {
  if (typeof value === 'string' && value.trim()) notes.set(req, value.trim());
  return undefined;
};

/** The note this save carries, once: a hook's own later save in the same request does not log it again. */
export function takeNote(req: PayloadRequest): string | undefined {
  const note = notes.get(req);
  notes.delete(req);
  return note;
}

/**
 * The lead desk's side of an inquiry: a box for a new note (each saved note is its own timeline
 * entry, with author and time, never overwritten), the replies to the prospect (the list's
 * "new" button opens the reply form) and the timeline of everything that happened to it.
 */
export const timelineFields: Field[] = [
  {
    name: 'newNote',
    type: 'textarea',
    virtual: true,
    label: { zh: '添加内部备注', en: 'Add an internal note' },
    access: { create: bureauOnly, update: bureauOnly, read: bureauOnly },
    hooks: { beforeChange: [keepNote] },
    validate: (value: unknown) =>
      value == null || value === '' || (typeof value === 'string' && value.length <= noteLimit)
        ? true
        : bilingual(`不能超过 ${noteLimit} 个字符`, `must be at most ${noteLimit} characters`),
    admin: {
      readOnly: false,
      description: {
        zh: '仅招商局可见。保存后作为一条带作者和时间的记录加入下方时间线，之后不能修改。',
        en: 'Seen by the bureau only. Saving adds it to the timeline below with your name and the time; it cannot be changed later.',
      },
    },
  },
  {
    name: 'replies',
    type: 'join',
    collection: 'inquiry-replies',
    on: 'inquiry',
    label: { zh: '给客户的答复', en: 'Replies to the prospect' },
    defaultSort: 'createdAt',
    // Who wrote each reply is on the timeline (a user column shows "‹没有 答复人›" to officers).
    admin: { defaultColumns: ['createdAt', 'language', 'body', 'showOnTrackPage'] },
  },
  {
    // `timeline` is the prospect's investment timeline.
    name: 'history',
    type: 'join',
    collection: 'inquiry-activities',
    on: 'inquiry',
    label: { zh: '时间线', en: 'Timeline' },
    defaultSort: 'createdAt',
    defaultLimit: 100,
    // Entries are written by the CMS itself, never by hand.
    admin: { allowCreate: false, defaultColumns: ['createdAt', 'action', 'summary', 'by'] },
  },
];
