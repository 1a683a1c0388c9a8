/**
 * Geometry of a horizontal bar chart drawn as server-rendered SVG: one row per bar, the label
 * above its bar and the formatted value after it. Pure numbers, so it is unit-tested and the
 * page only places what this returns.
 */
export interface BarInput {
  label: string;
  value: number;
  /** The value as shown to the reader (e.g. 76.7亿元). */
  display: string;
}

export interface Bar extends BarInput {
  /** Top of the label text's row (the text baseline is `labelY`). */
  labelY: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where the value text starts: just after the bar's end. */
  valueX: number;
  valueY: number;
}

export interface BarChartLayout {
  width: number;
  height: number;
  bars: Bar[];
}

export interface BarChartOptions {
  width?: number;
  barHeight?: number;
  labelHeight?: number;
  gap?: number;
  /** Room kept right of the longest bar for its value text. */
  valueSpace?: number;
  padding?: number;
}

export function barChart(inputs: BarInput[], options: BarChartOptions = {}): BarChartLayout {
  const { width = 640, barHeight = 28, labelHeight = 22, gap = 18, valueSpace = 150, padding = 8 } = options;
  const max = Math.max(0, ...inputs.map((input) => input.value));
  const track = Math.max(0, width - 2 * padding - valueSpace);
  const rowHeight = labelHeight + barHeight + gap;
  const bars = inputs.map((input, index) => {
    const top = padding + index * rowHeight;
    // Negative or non-finite values get no bar; the table still states them.
    const share = max > 0 && Number.isFinite(input.value) && input.value > 0 ? input.value / max : 0;
    const barWidth = Math.round(track * share * 100) / 100;
    const y = top + labelHeight;
    return {
      ...input,
      labelY: top + labelHeight - 6,
      x: padding,
      y,
      width: barWidth,
      height: barHeight,
      valueX: padding + barWidth + 8,
      valueY: y + barHeight / 2 + 5,
    };
  });
  const height = inputs.length === 0 ? 2 * padding : padding * 2 + inputs.length * rowHeight - gap;
  return { width, height, bars };
}
