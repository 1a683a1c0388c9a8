// The health answers of both servers (site `/healthz`, `/readyz`; CMS `/api/healthz`,
// `/api/readyz`): one shape, so a process manager or load balancer reads them alike. They are
// for machines: JSON, never cached, and free of anything an outsider should not learn (no
// addresses, paths, versions or error texts, only a check's name and a short reason).

/** How long one readiness check may take before it counts as failed. */
export const checkTimeoutMs = 3000;

/** What a readiness check found: `ok`, or a short fixed reason ("timed out", "unreachable", …). */
export type CheckResult = 'ok' | (string & {});

export interface HealthAnswer {
  status: 200 | 503;
  body: { status: 'ready' | 'not ready'; checks: Record<string, CheckResult>; failing?: string[] } & Record<string, unknown>;
}

/** Never kept by a browser, proxy or CDN: a stored "ready" would hide an outage. */
export const healthHeaders = { 'cache-control': 'no-store' } as const;

/** The liveness answer: the process runs and answers; nothing else is asked. */
export const alive = { status: 'alive' } as const;

/** 200 when every check is `ok`, else 503 naming the failing ones. `extra` adds fields (e.g. when the jobs ran). */
export function readinessAnswer(checks: Record<string, CheckResult>, extra: Record<string, unknown> = {}): HealthAnswer {
  const failing = Object.entries(checks)
    .filter(([, result]) => result !== 'ok')
    .map(([name]) => name);
  return failing.length === 0
    ? { status: 200, body: { status: 'ready', checks, ...extra } }
    : { status: 503, body: { status: 'not ready', failing, checks, ...extra } };
}

export class CheckTimeoutError extends Error {
  constructor() {
    super('timed out');
    this.name = 'CheckTimeoutError';
  }
}

/** `work`, or a CheckTimeoutError after `ms` (the work itself goes on; it is only no longer waited for). */
export function within<T>(work: Promise<T>, ms = checkTimeoutMs): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new CheckTimeoutError()), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * A check that runs at most once at a time: callers arriving while it runs share its outcome,
 * so a crowd of probes makes one request (or one write), not one each.
 */
export function shared<T>(check: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | undefined;
  return () =>
    (running ??= check().finally(() => {
      running = undefined;
    }));
}

/**
 * A failure's reason fit to show anyone: "timed out", or the driver's error code when it is a
 * bare code (`SQLITE_BUSY`, `NotWritablePrimary`), else just "failed". Error messages are never
 * shown: they can name files, hosts and queries.
 */
export function failureReason(error: unknown): string {
  if (error instanceof CheckTimeoutError) return 'timed out';
  for (let cause: unknown = error, depth = 0; cause && typeof cause === 'object' && depth < 4; depth += 1) {
    const { code, codeName } = cause as { code?: unknown; codeName?: unknown };
    if (typeof code === 'string' && /^[A-Z][A-Z0-9_]{1,40}$/.test(code)) return code;
    if (typeof codeName === 'string' && /^[A-Za-z]{2,40}$/.test(codeName)) return codeName;
    cause = (cause as { cause?: unknown }).cause;
  }
  return 'failed';
}
