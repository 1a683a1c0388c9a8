import { shutdownGraceMs } from '#common/shutdown.ts';

/**
 * Bounds a stop of the CMS. On SIGTERM, `next start` stops accepting connections and waits for the
 * requests in flight, but it also keeps answering requests on connections kept alive (the site
 * sends its reads and inquiries over a pool of them), so under steady traffic it would never
 * finish. After SHUTDOWN_TIMEOUT_SECONDS the process exits anyway, with 1 (some requests were cut).
 * A request cut off this way is never acknowledged: the site tells the prospect nothing was sent.
 */
export function exitAfterShutdownDeadline(graceMs = shutdownGraceMs()): void {
  const deadline = (signal: NodeJS.Signals) => {
    setTimeout(() => {
      console.error(`${signal}: requests still in flight after ${graceMs / 1000} s were cut off`);
      process.exit(1);
    }, graceMs).unref();
  };
  process.once('SIGTERM', deadline);
  process.once('SIGINT', deadline);
}
