import { describe, expect, test } from 'vitest';
import { barChart } from '#common/barChart.ts';

const bars = [
  { label: 'a', value: 19, display: '19' },
  { label: 'b', value: 7, display: '7' },
  { label: 'c', value: 61, display: '61' },
];

describe('barChart', () => {
  test('the largest value fills the track and the others are in proportion', () => {
    const { bars: laid } = barChart(bars, { width: 600, padding: 10, valueSpace: 100 });
    const track = 600 - 20 - 100;
    expect(laid[2]!.width).toBe(track);
    expect(laid[0]!.width).toBeCloseTo((track * 19) / 61, 1);
    expect(laid[1]!.width).toBeCloseTo((track * 7) / 61, 1);
    for (const bar of laid) expect(bar.x + bar.width + 100).toBeLessThanOrEqual(600 - 10 + 0.01);
  });

  test('rows stack downwards without overlapping, and the height holds them all', () => {
    const layout = barChart(bars, { barHeight: 20, labelHeight: 20, gap: 10, padding: 5 });
    for (let i = 1; i < layout.bars.length; i += 1) {
      expect(layout.bars[i]!.labelY).toBeGreaterThan(layout.bars[i - 1]!.y + layout.bars[i - 1]!.height);
    }
    const last = layout.bars.at(-1)!;
    expect(layout.height).toBe(last.y + last.height + 5);
  });

  test('values are written just after their bar', () => {
    const { bars: laid } = barChart(bars);
    for (const bar of laid) {
      expect(bar.valueX).toBeGreaterThan(bar.x + bar.width);
      expect(bar.valueY).toBeGreaterThan(bar.y);
      expect(bar.valueY).toBeLessThan(bar.y + bar.height);
    }
  });

  test('zero, negative and all-zero values draw no bar instead of breaking the chart', () => {
    const { bars: laid } = barChart([
      { label: 'zero', value: 0, display: '0' },
      { label: 'negative', value: -5, display: '-5' },
    ]);
    expect(laid.map((bar) => bar.width)).toEqual([0, 0]);
    expect(barChart([]).bars).toEqual([]);
  });
});
