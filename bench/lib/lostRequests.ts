// What a load run through the shared cache lost while a site instance was killed
// (bench/scaleout.ts): every answer and every failed request, with when it ended, tallied before
// and after the kill. A request is lost when the client got no answer (a connection error, a
// reset, a timeout) or a 5xx; a 4xx is an answer the site meant, counted apart.

export interface LoadEvent {
  /** When the request ended (answer read or failure seen), in ms on the run's clock. */
  at: number;
  /** The answer's status; absent when there was none. */
  status?: number;
  /** How long the request took, in ms (answers only). */
  ms?: number;
}

export interface LoadPhase {
  answered: number;
  lost: number;
  p99Ms: number;
  maxMs: number;
}

export interface LostRequests {
  requests: number;
  /** No answer or a 5xx. */
  lost: number;
  /** Requests that ended with no answer at all. */
  failures: number;
  byStatus: Record<string, number>;
  beforeKill: LoadPhase;
  /** From the kill until `windowMs` after it: while the cache's probes have not yet noticed. */
  afterKill: LoadPhase;
  rest: LoadPhase;
}

const isLost = (event: LoadEvent) => event.status === undefined || event.status >= 500;

/** Nearest-rank percentile of the answers' times; 0 when there are none. */
function p99(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(0.99 * sorted.length) - 1)]!;
}

function phase(events: LoadEvent[]): LoadPhase {
  const times = events.filter((event) => event.status !== undefined && event.ms !== undefined).map((event) => event.ms!);
  return {
    answered: events.filter((event) => event.status !== undefined).length,
    lost: events.filter(isLost).length,
    p99Ms: Math.round(p99(times) * 10) / 10,
    maxMs: times.length ? Math.round(Math.max(...times) * 10) / 10 : 0,
  };
}

/** Tallies a run's events around the kill at `killAt`; `windowMs` after it counts as "after the kill". */
export function tallyLostRequests(events: LoadEvent[], killAt: number, windowMs: number): LostRequests {
  const byStatus: Record<string, number> = {};
  for (const event of events) {
    const key = event.status === undefined ? 'no answer' : String(event.status);
    byStatus[key] = (byStatus[key] ?? 0) + 1;
  }
  return {
    requests: events.length,
    lost: events.filter(isLost).length,
    failures: events.filter((event) => event.status === undefined).length,
    byStatus,
    beforeKill: phase(events.filter((event) => event.at < killAt)),
    afterKill: phase(events.filter((event) => event.at >= killAt && event.at < killAt + windowMs)),
    rest: phase(events.filter((event) => event.at >= killAt + windowMs)),
  };
}
