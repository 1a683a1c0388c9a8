// When this process's jobs runner last ran. Payload's runner (`jobs.autoRun`, a cron with
// `protect: true`) asks `jobs.shouldAutoRun` at each tick, before it works off the queue, and
// skips a tick while the previous run is still busy; payload.config.ts records each tick here.
// So a runner that stopped, or that hangs in a run, stops recording, and `/api/readyz` says so
// after a minute. Kept in memory per Payload instance (on globalThis: Next loads the config in
// more than one bundle of the same process); each CMS process reports its own runner.
import type { Payload } from 'payload';

/** How old the last run may be before the runner counts as stopped (the "within the last minute"). */
export const jobsRunMaxAgeMs = 60_000;

const key = Symbol.for('xiangtan-portal.jobsRunnerTicks');
const ticks: WeakMap<Payload, Date> = ((globalThis as Record<symbol, unknown>)[key] ??= new WeakMap()) as WeakMap<Payload, Date>;

/** Records that `payload`'s runner is running now. */
export function recordJobsRun(payload: Payload, at = new Date()): void {
  ticks.set(payload, at);
}

/** When `payload`'s runner last ran in this process, if it has. */
export function lastJobsRun(payload: Payload): Date | undefined {
  return ticks.get(payload);
}

/** `ok` when the runner ran within jobsRunMaxAgeMs of `now`, else why not. */
export function jobsRunnerCheck(lastRun: Date | undefined, now = new Date()): string {
  if (!lastRun) return 'has not run';
  const age = now.getTime() - lastRun.getTime();
  return age <= jobsRunMaxAgeMs ? 'ok' : `last ran ${Math.round(age / 1000)} s ago`;
}
