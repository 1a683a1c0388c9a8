import { describe, expect, it } from 'vitest';
import { matchOfficer } from '../../cms/src/lib/routing';

describe('routing rules', () => {
  const rules = [
    { industry: 'clean-energy', park: null, officer: 'energy', order: 0 },
    { industry: 'clean-energy', park: 7, officer: 'energy-park-7', order: 0 },
    { industry: null, park: 7, officer: 'park-7', order: 0 },
    { industry: 'motors-electric-drive', park: null, officer: 'motors-b', order: 2 },
    { industry: 'motors-electric-drive', park: null, officer: 'motors-a', order: 1 },
  ];
  it('prefer industry and park, then park, then industry', () => {
    expect(matchOfficer(rules, { industry: 'clean-energy', park: 7 })).toBe('energy-park-7');
    expect(matchOfficer(rules, { industry: 'other', park: 7 })).toBe('park-7');
    expect(matchOfficer(rules, { industry: 'clean-energy', park: 8 })).toBe('energy');
  });
  it('break ties by order and fall back to the default officer', () => {
    expect(matchOfficer(rules, { industry: 'motors-electric-drive' })).toBe('motors-a');
    expect(matchOfficer(rules, { industry: 'other' }, 'default')).toBe('default');
    expect(matchOfficer(rules, { industry: 'other' })).toBeUndefined();
  });
  it('compare park ids as strings, so MongoDB ids match too', () => {
    expect(matchOfficer([{ park: '65a1', officer: 'x' }], { park: '65a1' })).toBe('x');
    expect(matchOfficer([{ park: 7, officer: 'x' }], { park: '7' })).toBe('x');
  });
});
