/**
 * Runs once when the CMS server starts (Next.js instrumentation). Payload starts its job runner
 * (`jobs.autoRun` in payload.config.ts) only in an instance made with `cron: true`, which the
 * REST API alone never makes; without this, queued lead notifications would wait until someone
 * opened the admin. How the CMS stops on SIGTERM is cms/server.ts's concern.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { getPayload } = await import('payload');
  const { default: config } = await import('./payload.config');
  await getPayload({ config, cron: true });
}
