// Stopping the site without cutting anyone off (a restart by systemd, Docker or `npm start` sends
// SIGTERM). On the signal the server stops accepting connections, lets the requests it is
// answering finish, and closes each keep-alive connection once it has nothing in flight (Node's
// own close waits for idle keep-alive connections to time out, and keeps answering requests that
// arrive on them meanwhile). Whatever is still running after the grace period is cut and the
// process exits anyway, so a stop is bounded.
import type http from 'node:http';
import { shutdownGraceMs } from '#common/shutdown.ts';

/**
 * Closes `server` gently: no new connections, in-flight requests answered (with
 * `Connection: close`), idle connections closed as they become idle. Resolves `drained` when the
 * last connection is gone, or `cut` after `graceMs` with the rest closed by force.
 */
export function drain(server: http.Server, graceMs: number, inFlight: Set<http.ServerResponse>): Promise<'drained' | 'cut'> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      server.closeAllConnections();
      resolve('cut');
    }, graceMs);
    server.close(() => {
      clearTimeout(timer);
      resolve('drained');
    });
    // Answers not yet begun say `Connection: close`, so their connection ends with them.
    for (const response of inFlight) if (!response.headersSent) response.shouldKeepAlive = false;
    server.closeIdleConnections();
  });
}

/**
 * Hooks `server` up for graceful stops: it keeps track of the answers in flight and, on SIGTERM
 * or SIGINT, drains the server (bounded by SHUTDOWN_TIMEOUT_SECONDS) and exits: 0 when every
 * request finished, 1 when some had to be cut.
 */
export function stopGracefullyOnSignals(server: http.Server, graceMs = shutdownGraceMs()): void {
  const inFlight = new Set<http.ServerResponse>();
  let draining = false;
  const track = (_request: http.IncomingMessage, response: http.ServerResponse) => {
    // A request that arrives on a kept-alive connection while draining is answered, and its
    // connection closed after it.
    if (draining) response.shouldKeepAlive = false;
    inFlight.add(response);
    response.once('close', () => {
      inFlight.delete(response);
      // Its connection is idle now (unless the client pipelined more): close it.
      if (draining) setImmediate(() => server.closeIdleConnections());
    });
  };
  // Before the site's own listeners, so that every answer is counted from its start.
  server.prependListener('request', track);
  server.prependListener('checkContinue', track);
  const stop = (signal: NodeJS.Signals) => {
    if (draining) return;
    draining = true;
    console.log(`${signal}: finishing ${inFlight.size} request(s) in flight, at most ${graceMs / 1000} s`);
    void drain(server, graceMs, inFlight).then((outcome) => {
      if (outcome === 'cut') console.error(`Requests still in flight after ${graceMs / 1000} s were cut off`);
      process.exit(outcome === 'drained' ? 0 : 1);
    });
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
