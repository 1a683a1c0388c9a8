// The log format both servers share (the site, the CMS's server and Payload inside it): one JSON
// object per line, written by pino to standard output, so a log collector (journald, docker logs,
// a file) can filter and join the two processes' lines by `requestId`.
import pino, { type LoggerOptions } from 'pino';
import { currentRequestId } from './requestContext.ts';

export const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof logLevels)[number];

/** LOG_LEVEL (info unless set); a wrong value stops start-up with a message naming the choices. */
export function logLevel(env: Record<string, string | undefined> = process.env): LogLevel {
  const value = (env.LOG_LEVEL || 'info').trim().toLowerCase();
  if (!(logLevels as readonly string[]).includes(value))
    throw new Error(`LOG_LEVEL must be one of ${logLevels.join(', ')}, not ${JSON.stringify(env.LOG_LEVEL)}`);
  return value as LogLevel;
}

/**
 * Keys whose values are never written, at the top of a line or one level down, wherever a log
 * call puts them: what a person typed (an inquiry's email and phone, a login's password) and
 * credentials. The request lines below hold none of these; this guards lines written elsewhere
 * (Payload's, a hook's error). Error messages (`err.message`) stay: they say what failed.
 */
const redactedKeys = ['email', 'password', 'token', 'apiKey', 'authorization', 'cookie', 'phone'];
const redactPaths = [...redactedKeys, ...redactedKeys.map((key) => `*.${key}`), '*.headers.authorization', '*.headers.cookie'];

/** Anything shaped like an email address, in a message string (Payload's own lines name recipients). */
const emailAddress = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
export const withoutEmails = (text: string) => text.replace(emailAddress, '[email]');

/**
 * pino's options for a process's lines: an ISO time, the level as a word, the service's name and
 * the id of the request being handled when the line is written (src/common/requestContext.ts), so that
 * Payload's own lines during a request carry it too.
 */
export function logOptions(service: 'site' | 'cms', env: Record<string, string | undefined> = process.env): LoggerOptions {
  return {
    level: logLevel(env),
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: redactPaths, censor: '[redacted]' },
    // Messages lose any email address: Payload's console mail adapter (no SMTP_HOST) logs "To:
    // 'prospect@…'" at info for every notification and confirmation.
    hooks: {
      logMethod(args, method) {
        const scrubbed = args.map((arg: unknown) =>
          typeof arg === 'string'
            ? withoutEmails(arg)
            : arg && typeof arg === 'object' && typeof (arg as { msg?: unknown }).msg === 'string'
              ? { ...arg, msg: withoutEmails((arg as { msg: string }).msg) }
              : arg,
        );
        return method.apply(this, scrubbed as Parameters<typeof method>);
      },
    },
    mixin: () => {
      const requestId = currentRequestId();
      return requestId ? { requestId } : {};
    },
  };
}

/** A logger writing JSON lines to standard output. */
export function createLogger(service: 'site' | 'cms', env: Record<string, string | undefined> = process.env) {
  return pino(logOptions(service, env), pino.destination({ dest: 1, sync: false }));
}

/**
 * What a request line says of a request's target: the path, and of the query only the names of
 * its parameters. Query values can be personal (a tracking email, a preview or reset token, a
 * search for someone's name), so none is written.
 */
export function loggedTarget(url: string | undefined): { path: string; query?: string[] } {
  const target = url ?? '/';
  const mark = target.indexOf('?');
  const path = (mark === -1 ? target : target.slice(0, mark)).slice(0, 512);
  if (mark === -1) return { path };
  const names = [...new Set([...new URLSearchParams(target.slice(mark + 1)).keys()])].slice(0, 50).map((name) => name.slice(0, 100));
  return names.length > 0 ? { path, query: names } : { path };
}

/** The fields of a request's line, written when its response has gone (or the client left). */
export function requestLine(request: {
  method?: string;
  url?: string;
  status: number | null;
  startedAt: bigint;
  requestId: string;
  finished: boolean;
}): Record<string, unknown> {
  const durationMs = Math.round(Number(process.hrtime.bigint() - request.startedAt) / 1e4) / 100;
  return {
    requestId: request.requestId,
    method: request.method,
    ...loggedTarget(request.url),
    status: request.status,
    durationMs,
    // The client closed the connection before the whole response was sent.
    ...(request.finished ? {} : { aborted: true }),
  };
}
