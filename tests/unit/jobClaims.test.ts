import { describe, expect, it } from 'vitest';
import { jobsAutorun } from '../../cms/src/jobs/autorun';
import { isClaim, unclaimed } from '../../cms/src/jobs/claims';

describe('which job updates are claims', () => {
  it("is the runner's taking of due jobs: processing set, with its time stamp, on what a query finds", () => {
    expect(isClaim({ data: { processing: true, updatedAt: '2026-12-01T00:00:00.000Z' } })).toBe(true);
    expect(isClaim({ data: { processing: true } })).toBe(true);
  });

  it('is not a run by id, a release, or an update that writes anything else', () => {
    expect(isClaim({ id: 7, data: { processing: true } })).toBe(false);
    expect(isClaim({ data: { processing: false } })).toBe(false);
    expect(isClaim({ data: { processing: true, hasError: true } })).toBe(false);
    expect(isClaim({ data: { completedAt: '2026-12-01T00:00:00.000Z', processing: false } })).toBe(false);
    expect(isClaim({ data: {} })).toBe(false);
  });

  it('succeeds only while the job is not being processed', () => {
    expect(unclaimed(42)).toEqual({ and: [{ id: { equals: 42 } }, { processing: { equals: false } }] });
    expect(unclaimed('6650a1')).toEqual({ and: [{ id: { equals: '6650a1' } }, { processing: { equals: false } }] });
  });
});

describe('JOBS_AUTORUN', () => {
  it('runs jobs unless it is exactly "false"', () => {
    expect(jobsAutorun({})).toBe(true);
    expect(jobsAutorun({ JOBS_AUTORUN: 'true' })).toBe(true);
    expect(jobsAutorun({ JOBS_AUTORUN: '' })).toBe(true);
    expect(jobsAutorun({ JOBS_AUTORUN: 'false' })).toBe(false);
  });
});
