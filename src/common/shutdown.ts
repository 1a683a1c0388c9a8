// How long a server may take to stop after SIGTERM: both the site (src/server/gracefulShutdown.ts)
// and the CMS (cms/server.ts) finish their requests in flight within it, then
// exit whatever is left.

/** SHUTDOWN_TIMEOUT_SECONDS, 8 by default: under the 10 s Docker and `npm start` wait before they SIGKILL. */
export function shutdownGraceMs(env: Record<string, string | undefined> = process.env): number {
  const value = env.SHUTDOWN_TIMEOUT_SECONDS || '8';
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds <= 0)
    throw new Error(`SHUTDOWN_TIMEOUT_SECONDS must be a positive number of seconds, not ${value}`);
  return seconds * 1000;
}
