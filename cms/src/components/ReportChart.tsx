import { barChart, type BarInput } from '#common/barChart.ts';

/**
 * One table's bars as SVG, beside the table: every bar has its label above and its value after it
 * in text, so the chart reads without colour (and in a black-and-white print); the table holds the
 * same numbers.
 */
export function ReportChart({ id, title, bars }: { id: string; title: string; bars: BarInput[] }) {
  const layout = barChart(bars, { width: 420, valueSpace: 120, barHeight: 18, labelHeight: 18, gap: 10 });
  return (
    <svg
      className="report-chart"
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width={layout.width}
      height={layout.height}
      role="img"
      aria-labelledby={`${id}-chart-title ${id}-chart-desc`}
      data-testid={`chart-${id}`}
    >
      <title id={`${id}-chart-title`}>{title}</title>
      <desc id={`${id}-chart-desc`}>{bars.map((bar) => `${bar.label}: ${bar.display}`).join('; ')}</desc>
      {layout.bars.map((bar, index) => (
        <g key={index}>
          <text x={bar.x} y={bar.labelY} fontSize="13" fill="currentColor">
            {bar.label}
          </text>
          <rect x={bar.x} y={bar.y} width={bar.width} height={bar.height} fill="currentColor" fillOpacity="0.55" stroke="currentColor" />
          <text x={bar.valueX} y={bar.valueY} fontSize="13" fill="currentColor">
            {bar.display}
          </text>
        </g>
      ))}
    </svg>
  );
}
