// Measuring helpers shared by the benchmark sections (bench/run.ts, bench/scale.ts): load runs
// with autocannon, timed requests, percentiles, and the CPU time and memory of a process read
// from /proc (so that a figure can be put per request, which a busy shared machine distorts
// less than requests per second).
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
// @ts-expect-error autocannon ships no type declarations; the shape used here is typed below.
import autocannonUntyped from 'autocannon';

export class BenchError extends Error {}

interface Histogram {
  average: number;
  p50: number;
  p99: number;
  total: number;
}
export interface AutocannonResult {
  requests: Histogram;
  latency: Histogram;
  errors: number;
  timeouts: number;
  non2xx: number;
  mismatches: number;
  statusCodeStats?: Record<string, { count: number }>;
}
export interface AutocannonOptions {
  url: string;
  connections: number;
  duration: number;
  expectBody?: string;
  timeout?: number;
  /** Sent with every request (e.g. `accept-encoding`). */
  headers?: Record<string, string>;
  /** Called before each request; may change its path (e.g. a random page of a mix). */
  setupClient?: unknown;
  requests?: { path?: string; setupRequest?: (request: { path: string }) => { path: string } }[];
}
export const autocannon = autocannonUntyped as (options: AutocannonOptions) => Promise<AutocannonResult>;

export const requestTimeoutMs = 180_000;

export function get(url: string, init: RequestInit = {}): Promise<Response> {
  return fetch(url, { ...init, signal: AbortSignal.timeout(requestTimeoutMs) });
}

/** Nearest-rank percentile. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

export const round = (value: number, digits: number) => Number(value.toFixed(digits));

export function summary(samples: number[]): { samples: number; p50Ms: number; p95Ms: number; maxMs: number } {
  return {
    samples: samples.length,
    p50Ms: round(percentile(samples, 50), 1),
    p95Ms: round(percentile(samples, 95), 1),
    maxMs: round(Math.max(...samples), 1),
  };
}

/** CPU time (user + system) a process has used so far, in milliseconds (Linux /proc). */
export function cpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  const ticksPerSecond = 100;
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
}

/** Resident memory of a process in MB (VmRSS in /proc/<pid>/status). */
export function rssMb(pid: number): number {
  const line = fs
    .readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return line ? Number(line.replace(/\D+/g, '')) / 1024 : NaN;
}

/** Samples a process's RSS every `everyMs` until stopped; returns peak and mean in MB. */
export function sampleRss(pid: number, everyMs = 250): { stop(): { peakMb: number; meanMb: number; samples: number } } {
  const samples: number[] = [rssMb(pid)];
  const timer = setInterval(() => {
    try {
      samples.push(rssMb(pid));
    } catch {
      // the process has gone; the run will fail on its own
    }
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      const valid = samples.filter(Number.isFinite);
      return {
        peakMb: round(Math.max(...valid), 1),
        meanMb: round(valid.reduce((a, b) => a + b, 0) / valid.length, 1),
        samples: valid.length,
      };
    },
  };
}

export function assertClean(name: string, result: AutocannonResult): void {
  const problems = [
    result.errors && `${result.errors} errors`,
    result.timeouts && `${result.timeouts} timeouts`,
    result.non2xx && `${result.non2xx} non-2xx responses`,
    result.mismatches && `${result.mismatches} responses that differ from the expected page`,
  ].filter(Boolean);
  if (problems.length > 0) throw new BenchError(`${name}: ${problems.join(', ')}`);
}

/** One GET, timed from sending to the last byte; fails unless the status is 200. */
export async function timedGet(url: string, init: RequestInit = {}): Promise<{ ms: number; body: string; cache: string | null }> {
  const started = performance.now();
  const response = await get(url, init);
  const body = await response.text();
  const ms = performance.now() - started;
  if (response.status !== 200) throw new BenchError(`${url} answered ${response.status}: ${body.slice(0, 200)}`);
  return { ms, body, cache: response.headers.get('x-astro-cache') };
}

/** Drops cached pages by tag the way the CMS does (POST /api/revalidate with the shared secret). */
export async function revalidate(siteUrl: string, secret: string, tags: string[]): Promise<void> {
  const response = await get(`${siteUrl}/api/revalidate`, {
    method: 'POST',
    headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
    body: JSON.stringify({ tags }),
  });
  await response.arrayBuffer();
  if (!response.ok) throw new BenchError(`POST /api/revalidate answered ${response.status}`);
}

export function machine(): { cpus: number; cpuModel: string; memoryGb: number; node: string; loadAverage: number[] } {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGb: round(os.totalmem() / 2 ** 30, 1),
    node: process.version,
    loadAverage: os.loadavg().map((l) => round(l, 2)),
  };
}

/**
 * Forks `script` with `args` as a baseline server in a process of its own and resolves with its
 * port once it reports it (`process.send({ port })`); it must do so within 10 s.
 */
export function startBaselineProcess(script: string, args: string[]): Promise<{ child: ChildProcess; port: number }> {
  return new Promise((resolve, reject) => {
    const child = fork(script, args, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new BenchError('the baseline server did not start within 10 s'));
    }, 10_000);
    child.once('message', (message: { port?: number }) => {
      clearTimeout(timer);
      if (message.port) resolve({ child, port: message.port });
      else reject(new BenchError('the baseline server reported no port'));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new BenchError(`the baseline server exited (${code}) before it was ready`));
    });
  });
}
