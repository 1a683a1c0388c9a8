import type { Where } from 'payload';
import { chinaDate, chinaMidnight } from '#common/chinaTime.ts';

/** Stages in which a lead needs no more following up. */
export const finishedStages = ['landed', 'closed'] as const;

/** The hour of China's morning from which the sweep sends the day's reminders. */
export const reminderHour = 8;

/** Days without an answer from the prospect after the officer's last reply that make a lead non-responsive. */
export const nonResponsiveDays = 42;

/** The "no reply after N days" list's N when the lead desk sets none. */
export const defaultNoReplyDays = 14;

const dayMs = 86_400_000;

/** The day after a day of China's calendar (`2026-12-31` -> `2027-01-01`). */
const nextDay = (day: string) => new Date(new Date(`${day}T00:00:00Z`).getTime() + dayMs).toISOString().slice(0, 10);

/**
 * A stored next-action day as noon of that day in China: the admin's day picker stores noon in
 * the browser's time zone and the API takes any instant, and one instant per day keeps "due
 * today" a plain range on the column.
 */
export function nextActionInstant(value: unknown): string | null | undefined {
  if (value === undefined) return undefined;
  if (value === null || value === '') return null;
  const date = new Date(value as string);
  if (Number.isNaN(date.getTime())) return value as string;
  return `${chinaDate(date)}T04:00:00.000Z`;
}

const open: Where = { stage: { not_in: [...finishedStages] } };

/** Leads whose owner is this user. */
export const myLeadsWhere = (user: number | string): Where => ({ owner: { equals: user } });

/** Open leads whose next action is today, China time. */
export const dueTodayWhere = (now = new Date()): Where => {
  const today = chinaDate(now);
  return {
    and: [
      { nextActionOn: { greater_than_equal: chinaMidnight(today) } },
      { nextActionOn: { less_than: chinaMidnight(nextDay(today)) } },
      open,
    ],
  };
};

/** Open leads whose next action day has passed (China time). Not `overdue.ts`: that is the first response. */
export const followUpOverdueWhere = (now = new Date()): Where => ({
  and: [{ nextActionOn: { less_than: chinaMidnight(chinaDate(now)) } }, open],
});

/** Open leads the officer replied to whose prospect has not answered for `days` days or more. */
export const noReplyWhere = (days: number, now = new Date()): Where => ({
  and: [{ awaitingAnswerSince: { less_than_equal: new Date(now.getTime() - days * dayMs).toISOString() } }, open],
});

interface FollowUpState {
  stage?: string | null;
  owner?: unknown;
  nextActionOn?: string | null;
  remindedFor?: string | null;
  awaitingAnswerSince?: string | null;
  nonResponsive?: boolean | null;
}

const isOpen = (lead: FollowUpState) => !finishedStages.includes(lead.stage as (typeof finishedStages)[number]);

/**
 * The day whose reminder the owner gets now, if any: the lead is open and has an owner, its next
 * action is today or earlier (a day missed while the CMS was down is reminded at the first sweep
 * after it), it is China's morning (from `reminderHour`) or later on that day, and that day was
 * not reminded yet.
 */
export function reminderDue(lead: FollowUpState, now = new Date()): string | undefined {
  if (!lead.nextActionOn || lead.owner == null || !isOpen(lead)) return undefined;
  const day = chinaDate(lead.nextActionOn);
  const today = chinaDate(now);
  if (day > today || lead.remindedFor === day) return undefined;
  const chinaHour = new Date(now.getTime() + 8 * 3600_000).getUTCHours();
  return day < today || chinaHour >= reminderHour ? day : undefined;
}

/** Whether an open lead now turns non-responsive: `nonResponsiveDays` since the last reply without an answer. */
export function turnsNonResponsive(lead: FollowUpState, now = new Date()): boolean {
  if (lead.nonResponsive || !lead.awaitingAnswerSince || !isOpen(lead)) return false;
  return now.getTime() - new Date(lead.awaitingAnswerSince).getTime() >= nonResponsiveDays * dayMs;
}
