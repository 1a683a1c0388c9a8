import { describe, expect, it } from 'vitest';
import { jobsRunMaxAgeMs, jobsRunnerCheck } from '../../cms/src/health/jobsHeartbeat';
import { CheckTimeoutError, failureReason, readinessAnswer, shared, within } from '#common/health.ts';

describe('a readiness answer', () => {
  it('is 200 and "ready" when every check is ok', () => {
    expect(readinessAnswer({ cms: 'ok' })).toEqual({ status: 200, body: { status: 'ready', checks: { cms: 'ok' } } });
  });

  it('is 503 naming each failing check, with its reason, beside the ones that passed', () => {
    expect(readinessAnswer({ 'database.read': 'ok', 'database.write': 'SQLITE_BUSY', jobs: 'has not run' }, { jobsRanAt: null })).toEqual({
      status: 503,
      body: {
        status: 'not ready',
        failing: ['database.write', 'jobs'],
        checks: { 'database.read': 'ok', 'database.write': 'SQLITE_BUSY', jobs: 'has not run' },
        jobsRanAt: null,
      },
    });
  });
});

describe('a check', () => {
  it('gives up after its time limit', async () => {
    await expect(within(new Promise(() => {}), 20)).rejects.toBeInstanceOf(CheckTimeoutError);
    await expect(within(Promise.resolve('answer'), 20)).resolves.toBe('answer');
  });

  it('run by many probes at once runs once, and again for the next probe after it settled', async () => {
    let runs = 0;
    const check = shared(async () => {
      runs += 1;
      await new Promise((resolve) => setTimeout(resolve, 20));
      return `run ${runs}`;
    });
    expect(await Promise.all([check(), check(), check()])).toEqual(['run 1', 'run 1', 'run 1']);
    expect(await check()).toBe('run 2');
  });

  it('reports a failure by its code only, never by its message', () => {
    expect(failureReason(new CheckTimeoutError())).toBe('timed out');
    expect(failureReason(Object.assign(new Error('SQLITE_BUSY: database is locked at /srv/data/portal.db'), { code: 'SQLITE_BUSY' }))).toBe(
      'SQLITE_BUSY',
    );
    // A driver's error wrapped by Payload or drizzle.
    expect(failureReason(new Error('Failed query: update "payload_kv"', { cause: { code: 'SQLITE_READONLY' } }))).toBe('SQLITE_READONLY');
    expect(failureReason(Object.assign(new Error('not primary'), { code: 10107, codeName: 'NotWritablePrimary' }))).toBe(
      'NotWritablePrimary',
    );
    expect(failureReason(new Error('ENOENT: no such file /srv/data/portal.db'))).toBe('failed');
    expect(failureReason(Object.assign(new Error('x'), { code: 'connect to mongodb://user:pw@db/x' }))).toBe('failed');
  });
});

describe("the jobs runner's check", () => {
  const now = new Date('2026-12-01T12:00:00Z');
  it('is ok when the runner ran within the last minute', () => {
    expect(jobsRunnerCheck(new Date(now.getTime() - 5000), now)).toBe('ok');
    expect(jobsRunnerCheck(new Date(now.getTime() - jobsRunMaxAgeMs), now)).toBe('ok');
  });

  it('fails when the runner has not run, or not for more than a minute', () => {
    expect(jobsRunnerCheck(undefined, now)).toBe('has not run');
    expect(jobsRunnerCheck(new Date(now.getTime() - jobsRunMaxAgeMs - 1000), now)).toBe('last ran 61 s ago');
  });
});
