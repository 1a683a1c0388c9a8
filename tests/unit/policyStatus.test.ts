import { describe, expect, test } from 'vitest';
import { nextPolicyStatusChange, policyStatus, policyStatusChanges } from '#common/policyStatus.ts';

const now = new Date('2025-06-15T04:00:00Z'); // 12:00 on 15 June in China

describe('policyStatus', () => {
  test('a policy with no dates is unconfirmed, not in force', () => {
    expect(policyStatus({}, now)).toBe('unconfirmed');
    expect(policyStatus({ effectiveFrom: null, expiresOn: null }, now)).toBe('unconfirmed');
  });

  test('a policy in force from its effective date, with or without an expiry date', () => {
    expect(policyStatus({ effectiveFrom: '2024-01-01T00:00:00.000Z' }, now)).toBe('in-force');
    expect(policyStatus({ effectiveFrom: '2024-01-01', expiresOn: '2026-12-31' }, now)).toBe('in-force');
  });

  test('the effective and expiry days both count as in force (China time)', () => {
    expect(policyStatus({ effectiveFrom: '2025-06-15' }, now)).toBe('in-force');
    expect(policyStatus({ effectiveFrom: '2024-01-01', expiresOn: '2025-06-15' }, now)).toBe('in-force');
    // 23:30 UTC on 14 June is already 15 June in China.
    expect(policyStatus({ effectiveFrom: '2025-06-15' }, new Date('2025-06-14T23:30:00Z'))).toBe('in-force');
  });

  test('a policy has expired the day after its expiry date, even without an effective date', () => {
    expect(policyStatus({ effectiveFrom: '2024-01-01', expiresOn: '2025-06-14' }, now)).toBe('expired');
    expect(policyStatus({ expiresOn: '2020-01-01' }, now)).toBe('expired');
  });

  test('a policy whose effective date is still ahead is upcoming', () => {
    expect(policyStatus({ effectiveFrom: '2025-07-01' }, now)).toBe('upcoming');
  });
});

describe("policyStatusChanges: the instants the CMS refreshes a policy's pages", () => {
  const dates = { effectiveFrom: '2025-06-20T00:00:00.000Z', expiresOn: '2025-12-31T00:00:00.000Z' };

  test('midnight in China starting the effective day, and starting the day after the expiry day', () => {
    expect(policyStatusChanges(dates).map((d) => d.toISOString())).toEqual(['2025-06-19T16:00:00.000Z', '2025-12-31T16:00:00.000Z']);
  });

  test('policyStatus() changes exactly at those instants, not a millisecond earlier', () => {
    for (const change of policyStatusChanges(dates)) {
      const before = new Date(change.getTime() - 1);
      expect(policyStatus(dates, before)).not.toBe(policyStatus(dates, change));
    }
    expect(policyStatus(dates, new Date('2025-12-31T15:59:59.999Z'))).toBe('in-force');
    expect(policyStatus(dates, new Date('2025-12-31T16:00:00.000Z'))).toBe('expired');
  });

  test('the next change is the first one after now; none once both have passed or without dates', () => {
    expect(nextPolicyStatusChange(dates, now)?.toISOString()).toBe('2025-06-19T16:00:00.000Z');
    expect(nextPolicyStatusChange(dates, new Date('2025-06-19T16:00:00.000Z'))?.toISOString()).toBe('2025-12-31T16:00:00.000Z');
    expect(nextPolicyStatusChange(dates, new Date('2026-01-01T00:00:00.000Z'))).toBeUndefined();
    expect(nextPolicyStatusChange({}, now)).toBeUndefined();
  });
});
