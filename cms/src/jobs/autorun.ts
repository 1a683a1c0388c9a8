// Whether this CMS process works the jobs queue. Every process queues jobs (a hook queues the
// emails of an inquiry in the request that stores it); JOBS_AUTORUN=false leaves running them to
// the other processes on the same database: a deployment that wants one worker, or a one-off
// script that must not send. Any other value, or none, runs them (README, "Configuration").

/** Whether `env` lets this process run queued jobs. */
export function jobsAutorun(env: Record<string, string | undefined> = process.env): boolean {
  return env.JOBS_AUTORUN !== 'false';
}
