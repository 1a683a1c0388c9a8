import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readinessKey } from '../../cms/src/health/databaseChecks';
import { startTestCms, type TestCms } from '../helpers/payload';

// The CMS's health endpoints through Payload's REST handler, on a real SQLite file and with
// Payload's real jobs runner (every 5 s, as the CMS server runs it).
let cms: TestCms;

beforeAll(async () => {
  cms = await startTestCms(undefined, { jobRunner: true });
}, 120_000);

afterAll(async () => {
  vi.useRealTimers();
  await cms?.close();
});

interface Readiness {
  status: string;
  checks: Record<string, string>;
  failing?: string[];
  jobsRanAt: string | null;
}

async function readyz(): Promise<{ status: number; cacheControl: string | null; body: Readiness }> {
  const response = await cms.api('GET', '/readyz');
  return { status: response.status, cacheControl: response.headers.get('cache-control'), body: (await response.json()) as Readiness };
}

/** Polls until the runner has ticked once (it runs every five seconds). */
async function readyOnceTheRunnerRan() {
  for (let i = 0; i < 40; i += 1) {
    const answer = await readyz();
    if (answer.body.checks.jobs === 'ok') return answer;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('the jobs runner never ran');
}

const kvRows = async () =>
  (await cms.payload.db.count({ collection: 'payload-kv', req: {}, where: { key: { equals: readinessKey } } })).totalDocs;

describe('the CMS health endpoints', () => {
  it('GET /api/healthz answers that the process is alive, never cached', async () => {
    const response = await cms.api('GET', '/healthz');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ status: 'alive' });
  });

  it('GET /api/readyz is ready once the database reads and writes and the jobs runner has run', async () => {
    const answer = await readyOnceTheRunnerRan();
    expect(answer.status).toBe(200);
    expect(answer.cacheControl).toBe('no-store');
    expect(answer.body).toEqual({
      status: 'ready',
      checks: { 'database.read': 'ok', 'database.write': 'ok', jobs: 'ok' },
      jobsRunner: 'on',
      jobsRanAt: expect.any(String),
    });
    expect(Date.now() - Date.parse(answer.body.jobsRanAt!)).toBeLessThan(10_000);
  }, 30_000);

  it('the write check keeps one row, however often and however many probes ask at once', async () => {
    await readyz();
    expect(await kvRows()).toBe(1);
    const before = (await cms.payload.kv.get<{ checkedAt: string }>(readinessKey))!.checkedAt;
    const answers = await Promise.all(Array.from({ length: 20 }, () => readyz()));
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(200));
    for (let i = 0; i < 5; i += 1) await readyz();
    expect(await kvRows()).toBe(1);
    // It did write: the row carries the time of a later check.
    expect(Date.parse((await cms.payload.kv.get<{ checkedAt: string }>(readinessKey))!.checkedAt)).toBeGreaterThan(Date.parse(before));
  }, 30_000);

  it('a writer holding the database answers 503 naming the write check, and ready again once it lets go', async () => {
    await readyOnceTheRunnerRan();
    // Another process's write transaction (SQLite lets one writer at a time). A process of its
    // own: POSIX locks do not keep apart two SQLite libraries in one process.
    const holder = spawn(
      process.execPath,
      [
        '-e',
        `const db = new (require('node:sqlite').DatabaseSync)(process.argv[1]);
         db.exec('BEGIN IMMEDIATE'); console.log('locked');
         process.stdin.once('data', () => { db.exec('ROLLBACK'); db.close(); process.exit(0); });`,
        path.join(cms.dir, 'portal.db'),
      ],
      { stdio: ['pipe', 'pipe', 'inherit'] },
    );
    try {
      await once(holder.stdout!, 'data');
      const started = performance.now();
      const answer = await readyz();
      expect(answer.status).toBe(503);
      expect(answer.body.status).toBe('not ready');
      expect(answer.body.failing).toEqual(['database.write']);
      expect(answer.body.checks['database.read']).toBe('ok');
      // SQLite's own word for it: the SQLite driver waits for the lock on the CMS's main thread
      // for the busy timeout (10 s), so the 3 s limit of a check cannot cut in before.
      expect(answer.body.checks['database.write']).toBe('SQLITE_BUSY');
      expect(answer.cacheControl).toBe('no-store');
      expect(performance.now() - started).toBeLessThan(15_000);
    } finally {
      holder.stdin!.write('release\n');
      await once(holder, 'exit');
    }
    // The write that waited goes through; the next probe is ready.
    let status = 0;
    for (let i = 0; i < 40 && status !== 200; i += 1) {
      status = (await readyz()).status;
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(status).toBe(200);
    expect(await kvRows()).toBe(1);
  }, 60_000);

  it('a jobs runner that stopped makes /api/readyz 503 naming the jobs check a minute after its last run', async () => {
    const { body } = await readyOnceTheRunnerRan();
    for (const cron of cms.payload.crons) cron.stop();
    // Still ready within the minute…
    expect((await readyz()).status).toBe(200);
    // …and not ready once the last run is more than a minute old (the clock moved on, not the runner).
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.parse(body.jobsRanAt!) + 61_000);
    try {
      const answer = await readyz();
      expect(answer.status).toBe(503);
      expect(answer.body.failing).toEqual(['jobs']);
      expect(answer.body.checks.jobs).toBe('last ran 61 s ago');
      expect(answer.body.jobsRanAt).toBe(body.jobsRanAt);
    } finally {
      vi.useRealTimers();
    }
  }, 30_000);

  it('a CMS with JOBS_AUTORUN=false is ready on its database checks alone, however long ago a runner ran', async () => {
    const { body } = await readyOnceTheRunnerRan();
    process.env.JOBS_AUTORUN = 'false';
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.parse(body.jobsRanAt!) + 3_600_000);
    try {
      const answer = await readyz();
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({ status: 'ready', checks: { 'database.read': 'ok', 'database.write': 'ok' }, jobsRunner: 'off' });
    } finally {
      vi.useRealTimers();
      delete process.env.JOBS_AUTORUN;
    }
  }, 30_000);

  it('answers carry no secrets: no paths, addresses, versions or error texts', async () => {
    const texts = [JSON.stringify((await readyz()).body), await (await cms.api('GET', '/healthz')).text()];
    for (const text of texts) {
      expect(text).not.toContain(cms.dir);
      expect(text).not.toMatch(/portal\.db|sqlite:|file:|mongodb|\/tmp\/|\bat \S+ \(|\d+\.\d+\.\d+|secret/i);
    }
  });
});
