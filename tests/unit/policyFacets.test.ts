import { describe, expect, it } from 'vitest';
import { offered, policyChoices } from '../../src/lib/policyFacets';

const now = new Date('2026-12-01T04:00:00Z');

describe('policy filter choices', () => {
  it('offer each type, industry and status that at least one policy has', () => {
    const choices = policyChoices(
      [
        { type: 'land', industries: [3, { id: 5 }], effectiveFrom: '2026-01-01T00:00:00+08:00' },
        { type: 'tax', industries: [], expiresOn: '2025-12-31T00:00:00+08:00' },
        { type: 'land', industries: null },
      ],
      now,
    );
    expect([...choices.types].sort()).toEqual(['land', 'tax']);
    expect([...choices.industries].sort()).toEqual(['3', '5']);
    expect([...choices.statuses].sort()).toEqual(['expired', 'in-force']);
  });

  it('offer no status while no policy has an effective date, nor one that takes effect later', () => {
    const choices = policyChoices([{ type: 'land' }, { type: 'tax', effectiveFrom: '2027-03-01T00:00:00+08:00' }], now);
    expect(choices.statuses.size).toBe(0);
  });

  it('keep the chosen option even when it finds nothing, so the page can say why the list is empty', () => {
    const options = [{ value: 'in-force' }, { value: 'expired' }];
    expect(offered(options, () => false)).toEqual([]);
    expect(offered(options, () => false, 'expired')).toEqual([{ value: 'expired' }]);
    expect(offered(options, (o) => o.value === 'in-force', 'expired')).toEqual(options);
  });
});
