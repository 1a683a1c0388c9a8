// The CMS's production server, run by `npm start` (scripts/lib/portal.ts) instead of `next start`:
// `next start` has no place to log each request, so this is the server it would start, around the
// same Next request handler, with one JSON line per request (src/common/requestLog.ts). Node 24
// runs it as is (type stripping): `node cms/server.ts`, with CMS_PORT (3000) and CMS_HOST
// (127.0.0.1). What `next start` does besides is kept: it listens first and lets requests wait
// while Next loads, and on SIGTERM or SIGINT it stops accepting connections, finishes the requests
// in flight, closes idle keep-alive connections and exits with 143 or 130, here within
// CMS_SHUTDOWN_GRACE_MS (8000; what is still open then is cut off).
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLogger } from '#common/logging.ts';
import { logRequests } from '#common/requestLog.ts';

const dir = path.dirname(fileURLToPath(import.meta.url));
// As `next start`: production unless told otherwise. (Next's types make NODE_ENV read-only.)
Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV || 'production' });

const log = createLogger('cms');
const port = Number(process.env.CMS_PORT || 3000);
const hostname = process.env.CMS_HOST || '127.0.0.1';
const graceMs = Number(process.env.CMS_SHUTDOWN_GRACE_MS) || 8000;

// Imported after NODE_ENV is set: Next reads it as it loads.
const { default: next } = await import('next');

let stopping = false;
/** Responses not yet sent: when stopping, their connections close once they have gone. */
const unanswered = new Set<http.ServerResponse>();
const server = http.createServer((request, response) => {
  if (stopping) response.shouldKeepAlive = false;
  unanswered.add(response);
  response.once('close', () => unanswered.delete(response));
  ready.then(
    () => handle(request, response),
    (error: unknown) => fail(response, error),
  );
});
logRequests(server, log);
const app = next({ dir, dev: false, hostname, port, httpServer: server });
const handle = app.getRequestHandler();
const ready = new Promise<void>((resolve, reject) => server.once('listening', () => app.prepare().then(resolve, reject)));
// As `next start`: a CMS that cannot load exits (for its process manager to see), not answers 500s.
ready.catch((error: unknown) => {
  log.fatal({ err: error }, 'the CMS could not start');
  log.flush(() => process.exit(1));
});

/** As `next start` answers a request its handler threw on. */
function fail(response: http.ServerResponse, error: unknown): void {
  log.error({ err: error }, 'request failed');
  if (!response.headersSent) response.statusCode = 500;
  response.end('Internal Server Error');
}

server.on('error', (error) => {
  log.fatal({ err: error }, 'the CMS server could not listen');
  process.exit(1);
});
server.listen(port, hostname, () => {
  // Next's server actions read its own origin from here (`next start` sets it the same way).
  const shown = hostname === '0.0.0.0' ? 'localhost' : hostname === '::' ? '[::1]' : hostname.includes(':') ? `[${hostname}]` : hostname;
  Object.assign(process.env, { PORT: String(port), __NEXT_PRIVATE_ORIGIN: `http://${shown}:${port}` });
  log.info({ address: `http://${shown}:${port}` }, 'listening');
});

function untilAnswered(): Promise<void> {
  return new Promise((resolve) => {
    const check = () => (unanswered.size === 0 ? resolve() : setTimeout(check, 10));
    check();
  });
}

function shutdown(signal: 'SIGTERM' | 'SIGINT'): void {
  if (stopping) return;
  stopping = true;
  log.info({ signal, graceMs }, 'stopping: finishing requests in flight');
  const code = signal === 'SIGINT' ? 130 : 143;
  for (const response of unanswered) if (!response.headersSent) response.shouldKeepAlive = false;
  // Past the grace time, connections still open are cut and the process ends anyway.
  const cut = setTimeout(() => server.closeAllConnections(), graceMs);
  setTimeout(() => process.exit(code), graceMs + 2000).unref();
  const idle = setInterval(() => server.closeIdleConnections(), 100);
  server.close(() => {
    clearTimeout(cut);
    clearInterval(idle);
    app
      .close()
      .catch((error: unknown) => log.error({ err: error }, 'Next did not close cleanly'))
      // A cut connection's response closes (and is logged) a moment after the server has closed.
      .then(untilAnswered)
      .finally(() => {
        log.info('stopped');
        log.flush(() => process.exit(code));
      });
  });
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
