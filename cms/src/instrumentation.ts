/**
 * Runs once when the CMS server starts (Next.js instrumentation). Payload starts its job runner
 * (`jobs.autoRun` in payload.config.ts) only in an instance made with `cron: true`, which the
 * REST API alone never makes; without this, queued lead notifications would wait until someone
 * opened the admin. A stop (SIGTERM) closes kept-alive connections and is bounded in time
 * (cms/src/lib/gracefulStop.ts).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { boundStop } = await import('./lib/gracefulStop');
  boundStop();
  const { getPayload } = await import('payload');
  const { default: config } = await import('./payload.config');
  await getPayload({ config, cron: true });
}
