import type { Where } from 'payload';
import { chinaDate } from '#common/chinaTime.ts';

/** The hour of China's morning from which the round mails the day's obligations (as the lead desk's reminders). */
export const obligationReminderHour = 8;

export interface ObligationState {
  status?: string | null;
  dueOn?: string | null;
  remindedOn?: string | null;
}

/**
 * What the daily round does to one obligation at `now`: `remind` is the due day whose email the
 * officer and zone leader get now — an open obligation on its due day, from China's morning (a day
 * missed while the CMS was down is mailed at the first round after it), once (`remindedOn`);
 * `late` is whether an open obligation whose due day has passed (China time) turns late.
 */
export function obligationRound(row: ObligationState, now = new Date()): { remind?: string; late: boolean } {
  if (row.status !== 'open' || !row.dueOn) return { late: false };
  const due = chinaDate(row.dueOn);
  const today = chinaDate(now);
  const chinaHour = new Date(now.getTime() + 8 * 3600_000).getUTCHours();
  const remind = !row.remindedOn && (due < today || (due === today && chinaHour >= obligationReminderHour)) ? due : undefined;
  return { remind, late: due < today };
}

/** Projects with a late obligation (the list's filter). */
export const lateObligationsWhere: Where = { 'obligations.status': { equals: 'late' } };

/** Projects with a late obligation whose officer is this user. */
export const myLateObligationsWhere = (user: number | string): Where => ({
  and: [lateObligationsWhere, { officer: { equals: user } }],
});

/** Projects with a late obligation whose zone leader is this user. */
export const leaderLateObligationsWhere = (user: number | string): Where => ({
  and: [lateObligationsWhere, { zoneLeader: { equals: user } }],
});
