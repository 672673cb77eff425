import { Card } from "@/components/ui/card";
import { linePath, type TChartSeries } from "./chart-series";
import { formatTime, formatValue } from "./format";

const BOX = { width: 300, height: 72, pad: 4 };

/**
 * One series as a small SVG line: no chart library, since a line, its latest value and its range
 * are all this page needs; it scales with its card and takes its colour from the text (dark mode).
 */
export function LineChart({ series }: { series: TChartSeries }) {
  const values = series.points.map((p) => p.v);
  const [min, max] = [Math.min(...values), Math.max(...values)];
  const latest = series.points.at(-1)!;
  const first = series.points[0]!;
  const title = `${series.label}${series.unit ? ` (${series.unit})` : ""}`;
  const summary = `${title}: ${series.points.length} values from ${formatTime(first.t)} to ${formatTime(latest.t)}, between ${formatValue(min, series.unit)} and ${formatValue(max, series.unit)}, latest ${formatValue(latest.v, series.unit)}`;
  return (
    <Card className="p-3" data-testid="reading-chart" data-series={series.key}>
      <div className="mb-1 flex items-baseline justify-between gap-2 text-sm">
        <h3 className="font-medium">{title}</h3>
        <span className="tabular-nums text-zinc-600 dark:text-zinc-300">{formatValue(latest.v, series.unit)}</span>
      </div>
      <svg viewBox={`0 0 ${BOX.width} ${BOX.height}`} preserveAspectRatio="none" role="img" aria-label={summary} className="h-16 w-full text-sky-600 dark:text-sky-400">
        <path d={linePath(series.points, BOX)} fill="none" stroke="currentColor" strokeWidth={1.5} vectorEffect="non-scaling-stroke" strokeLinejoin="round" data-points={series.points.length} />
      </svg>
      <div className="mt-1 flex justify-between text-xs text-zinc-500 tabular-nums dark:text-zinc-400">
        <span>min {formatValue(min, series.unit)}</span>
        <span>max {formatValue(max, series.unit)}</span>
      </div>
    </Card>
  );
}
