import { describe, expect, test } from 'vitest';
import { formatCny, formatCount, formatCountText, formatFigure } from '#common/formatNumber.ts';

describe('money and counts per language', () => {
  test('the zone total reads 76.7亿元 in Chinese and ¥7.67 billion in English', () => {
    expect(formatCny(7_670_000_000, 'zh')).toBe('76.7亿元');
    expect(formatCny(7_670_000_000, 'en')).toBe('¥7.67 billion');
  });

  test('project investments of ¥2bn and ¥1bn', () => {
    expect(formatCny(2_000_000_000, 'zh')).toBe('20亿元');
    expect(formatCny(2_000_000_000, 'en')).toBe('¥2 billion');
    expect(formatCny(1_000_000_000, 'en')).toBe('¥1 billion');
  });

  test('smaller amounts use 万元 and millions', () => {
    expect(formatCny(20_000_000, 'zh')).toBe('2000万元');
    expect(formatCny(20_000_000, 'en')).toBe('¥20 million');
    expect(formatCny(5000, 'zh')).toBe('5000元');
    expect(formatCny(123_456, 'zh')).toBe('12.35万元');
    expect(formatCny(99_990_000, 'zh')).toBe('9999万元');
    expect(formatCny(5000, 'en')).toBe('¥5,000');
  });

  test('counts are grouped per language and figures pick money or count by unit', () => {
    expect(formatCount(4000, 'en')).toBe('4,000');
    expect(formatCount(4000, 'zh')).toBe('4000');
    expect(formatCount(12_000, 'zh')).toBe('12,000');
    expect(formatFigure({ value: 19, unit: 'projects' }, 'zh')).toBe('19');
    expect(formatFigure({ value: 61, unit: 'missions' }, 'en')).toBe('61');
    expect(formatFigure({ value: 7_670_000_000, unit: 'cny' }, 'zh')).toBe('76.7亿元');
  });

  test('a count typed as text reads in the reader’s grouping; other text stays as typed', () => {
    expect(formatCountText('4,000', 'zh')).toBe('4000');
    expect(formatCountText('4000', 'en')).toBe('4,000');
    expect(formatCountText(' 120 ', 'en')).toBe('120');
    expect(formatCountText('4,00', 'en')).toBe('4,00');
    expect(formatCountText('120+', 'zh')).toBe('120+');
  });
});
