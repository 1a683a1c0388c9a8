import { describe, expect, it } from 'vitest';
import { formatDate, sameDay } from '../../src/lib/formatDate';

describe('formatDate', () => {
  it('writes one format per language, the one the content uses: 2024年7月3日 and 3 July 2024', () => {
    // Midnight of 3 July in China is still 2 July in UTC: the date is China's.
    expect(formatDate('2024-07-02T16:00:00.000Z', 'zh')).toBe('2024年7月3日');
    expect(formatDate('2024-07-02T16:00:00.000Z', 'en')).toBe('3 July 2024');
    expect(formatDate('2024-09-03T16:00:00.000Z', 'en')).toBe('4 September 2024');
  });
});

describe('sameDay', () => {
  it('compares calendar days in China, not in UTC', () => {
    expect(sameDay('2024-09-03T16:00:00.000Z', '2024-09-04T15:59:59.000Z')).toBe(true);
    expect(sameDay('2024-07-02T16:00:00.000Z', '2024-09-03T16:00:00.000Z')).toBe(false);
    expect(sameDay('2024-07-02T16:00:00.000Z', null)).toBe(false);
  });
});
