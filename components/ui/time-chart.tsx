"use client";

import { memo, useMemo, useState } from "react";
import { Card } from "./card";
import { formatMoment } from "./format-time";
import { TimeChartCanvas } from "./time-chart-canvas";
import { chartSummary, chartTitle, formatChartValue, latestPoint, pointsInOrder, timeChartData, type TTimeSeries } from "./time-chart-data";

/** The canvas height in CSS pixels (plot and axes): `h-40` here and in time-chart-lazy.tsx. */
const HEIGHT = 160;

/** Every value with its time, newest first: what the chart shows, for a screen reader or the keyboard. */
const ValuesTable = memo(function ValuesTable({ series }: { series: TTimeSeries }) {
  const rows = useMemo(() => pointsInOrder(series.points).reverse(), [series.points]);
  return (
    <div role="region" aria-label={`${series.label} values`} tabIndex={0} className="mt-2 max-h-64 overflow-y-auto rounded border border-zinc-200 dark:border-zinc-800">
      <table className="w-full text-xs tabular-nums">
        <caption className="sr-only">{`${chartTitle(series)}, newest first`}</caption>
        <thead className="sticky top-0 bg-zinc-50 text-left text-zinc-600 dark:bg-zinc-900 dark:text-zinc-300">
          <tr>
            <th scope="col" className="px-2 py-1 font-medium">Time</th>
            <th scope="col" className="px-2 py-1 text-right font-medium">{series.label}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((point) => (
            <tr key={point.t} className="border-t border-zinc-100 dark:border-zinc-800">
              <td className="px-2 py-0.5">
                <time dateTime={new Date(point.t).toISOString()}>{formatMoment(point.t)}</time>
              </td>
              <td className="px-2 py-0.5 text-right">{formatChartValue(point.v, series.unit)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});

/**
 * One time series as a card: its name and unit, the latest value (or the one under the pointer,
 * with its time), a uPlot line against local time, and its values as a table behind "Show values".
 * The chart is an image named by a summary of the series (count, times, lowest, highest, latest).
 * Pages use it through time-chart-lazy.tsx, so uPlot never weighs on their first load.
 */
export function TimeChart({ series }: { series: TTimeSeries }) {
  const data = useMemo(() => timeChartData(series.points), [series.points]);
  const summary = useMemo(() => chartSummary(series), [series]);
  const latest = useMemo(() => latestPoint(series), [series]);
  const [cursor, setCursor] = useState<number | null>(null);
  const [showValues, setShowValues] = useState(false);
  const [times, values] = data;
  const hovered = cursor === null ? null : { t: (times[cursor] ?? NaN) * 1000, v: values[cursor] ?? null };
  const shown = hovered && Number.isFinite(hovered.t) && hovered.v !== null ? hovered : null;

  return (
    <Card className="min-w-0 p-3">
      <div className="mb-1 flex items-baseline justify-between gap-2 text-sm">
        <h3 className="font-medium">{chartTitle(series)}</h3>
        <span className="tabular-nums text-zinc-600 dark:text-zinc-300">
          {shown ? (
            <>
              {formatChartValue(shown.v, series.unit)} <span className="text-xs text-zinc-500 dark:text-zinc-400">at {formatMoment(shown.t)}</span>
            </>
          ) : latest ? (
            <>
              <span className="text-xs text-zinc-500 dark:text-zinc-400">latest</span> {formatChartValue(latest.v, series.unit)}
            </>
          ) : null}
        </span>
      </div>
      <div role="img" aria-label={summary} className="h-40">
        <TimeChartCanvas data={data} label={series.label} unit={series.unit} height={HEIGHT} onCursor={setCursor} />
      </div>
      <details className="mt-1 text-xs" onToggle={(e) => setShowValues(e.currentTarget.open)}>
        <summary className="cursor-pointer text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100">
          Show values<span className="sr-only"> of {series.label}</span>
        </summary>
        {showValues && <ValuesTable series={series} />}
      </details>
    </Card>
  );
}
