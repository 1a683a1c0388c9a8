// How the CMS stops on SIGTERM. `next start` closes its listening socket and waits for the
// connections it has, but it keeps answering requests that arrive on connections kept alive, and
// the site sends its reads and inquiries over a pool of them: under steady traffic it would never
// finish. So, once the signal has come, every API answer says `Connection: close` (the site opens
// no new connection to a closed socket) and Next exits as soon as the last one is sent. What is
// still running after SHUTDOWN_TIMEOUT_SECONDS is cut: the process exits anyway, with 1. A request
// cut off so is never acknowledged: the site tells the prospect nothing was sent.
import { shutdownGraceMs } from '#common/shutdown.ts';

// On globalThis: Next bundles the instrumentation and the API routes separately.
const stoppingKey = Symbol.for('xiangtan-portal.cmsStopping');
const flags = globalThis as Record<symbol, boolean | undefined>;

/** Whether a SIGTERM or SIGINT has come. */
export const stopping = (): boolean => flags[stoppingKey] === true;

/** Watches for the stop signals (once, from cms/src/instrumentation.ts) and bounds the stop in time. */
export function boundStop(graceMs = shutdownGraceMs()): void {
  const deadline = (signal: NodeJS.Signals) => {
    flags[stoppingKey] = true;
    setTimeout(() => {
      console.error(`${signal}: requests still in flight after ${graceMs / 1000} s were cut off`);
      process.exit(1);
    }, graceMs).unref();
  };
  process.once('SIGTERM', deadline);
  process.once('SIGINT', deadline);
}

/** A route handler whose answers close their connection once the CMS is stopping. */
export function closingWhenStopping<Args extends unknown[]>(handler: (...args: Args) => Promise<Response>) {
  return async (...args: Args): Promise<Response> => {
    const response = await handler(...args);
    if (!stopping()) return response;
    const closing = new Response(response.body, response);
    closing.headers.set('connection', 'close');
    return closing;
  };
}
