// What counts as "in the past" for a scheduled publish or unpublish. Shared by the admin's
// schedule drawer (cms/src/components/ScheduledPublishButton.tsx) and the server function that
// queues the job (./serverFunction.ts), so both refuse the same times with the same words.

/** Said beside the drawer's time field, and by the server to a caller that sends such a time. */
export const pastTimeMessage = {
  zh: '这个时间已经过去，不能安排。请选择将来的时间（中国时间）。',
  en: 'This time has already passed and cannot be scheduled. Choose a time in the future (China time).',
} as const;

/**
 * The server allows this much before its own clock: the browser checks the time when the editor
 * clicks Save, and the request reaches the server a moment later (or from a clock a little
 * behind). A minute is less than the drawer's smallest step, so no real past time slips through.
 */
export const serverLeewayMs = 60_000;

/** Whether a scheduled instant is not in the future any more (the drawer's check). */
export function hasPassed(when: Date, now: Date = new Date()): boolean {
  return when.getTime() <= now.getTime();
}

/** The server's check: a time more than the leeway before now is refused. */
export function isPastForServer(when: Date, now: Date = new Date()): boolean {
  return when.getTime() < now.getTime() - serverLeewayMs;
}

/**
 * The instant a wall-clock time of China means (China Standard Time is UTC+8 all year): the
 * drawer shows and takes times in Asia/Shanghai whatever the browser's own time zone is.
 */
export function chinaWallClockToInstant(parts: { year: number; month: number; day: number; hour: number; minute: number }): Date {
  return new Date(Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour - 8, parts.minute));
}
