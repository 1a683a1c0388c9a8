import { describe, expect, it } from 'vitest';
import { tallyLostRequests } from '../../bench/lib/lostRequests.ts';

describe('tallyLostRequests (the scale-out bench, kill -9 of one instance)', () => {
  it('counts a 5xx and a request with no answer as lost, a 4xx as answered', () => {
    const tally = tallyLostRequests(
      [
        { at: 10, status: 200, ms: 3 },
        { at: 20, status: 404, ms: 2 },
        { at: 30, status: 503, ms: 40 },
        { at: 40 },
        { at: 50, status: 200, ms: 5 },
      ],
      1000,
      2000,
    );
    expect(tally.requests).toBe(5);
    expect(tally.lost).toBe(2);
    expect(tally.failures).toBe(1);
    expect(tally.byStatus).toEqual({ '200': 2, '404': 1, '503': 1, 'no answer': 1 });
  });

  it('splits the run at the kill and at the end of the window after it', () => {
    const tally = tallyLostRequests(
      [
        { at: 100, status: 200, ms: 2 },
        { at: 999, status: 200, ms: 4 },
        { at: 1000, status: 200, ms: 900 },
        { at: 1500 },
        { at: 2999, status: 502, ms: 30 },
        { at: 3000, status: 200, ms: 1 },
      ],
      1000,
      2000,
    );
    expect(tally.beforeKill).toEqual({ answered: 2, lost: 0, p99Ms: 4, maxMs: 4 });
    expect(tally.afterKill).toEqual({ answered: 2, lost: 2, p99Ms: 900, maxMs: 900 });
    expect(tally.rest).toEqual({ answered: 1, lost: 0, p99Ms: 1, maxMs: 1 });
  });

  it('reports an empty phase as zeros, not as NaN or -Infinity', () => {
    const tally = tallyLostRequests([{ at: 5, status: 200, ms: 1 }], 1000, 2000);
    expect(tally.afterKill).toEqual({ answered: 0, lost: 0, p99Ms: 0, maxMs: 0 });
    expect(tally.rest).toEqual({ answered: 0, lost: 0, p99Ms: 0, maxMs: 0 });
  });

  it('takes p99 by nearest rank over the answers of a phase', () => {
    const events = Array.from({ length: 200 }, (_, i) => ({ at: i, status: 200, ms: i + 1 }));
    expect(tallyLostRequests(events, 1000, 2000).beforeKill.p99Ms).toBe(198);
  });
});
