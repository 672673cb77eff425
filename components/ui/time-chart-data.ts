import { formatMoment } from "./format-time";

/** One value at one time (epoch ms); null is a value that was sent empty, drawn as a break in the line. */
export type TTimePoint = { t: number; v: number | null };
export type TTimeSeries = { key: string; label: string; unit: string | null; points: TTimePoint[] };
/** What uPlot draws: times in seconds (ascending) and the values at those times, null where the line breaks. */
export type TTimeChartData = [times: number[], values: (number | null)[]];

/** A silence longer than this many typical steps between values breaks the line instead of bridging it. */
const SILENCE_STEPS = 5;

const numbers = new Intl.NumberFormat(undefined, { maximumFractionDigits: 5 });

export function formatChartValue(value: number | null, unit: string | null): string {
  if (value === null) return "—";
  return unit ? `${numbers.format(value)} ${unit}` : numbers.format(value);
}

/** "RSSI (dBm)", or the bare name of a series without a unit. */
export const chartTitle = (series: Pick<TTimeSeries, "label" | "unit">) => (series.unit ? `${series.label} (${series.unit})` : series.label);

/** The points oldest first, one per time (the last one sent wins), without times that are no number. */
export function pointsInOrder(points: TTimePoint[]): TTimePoint[] {
  const byTime = new Map<number, TTimePoint>();
  for (const point of points) {
    if (!Number.isFinite(point.t)) continue;
    const value = point.v !== null && Number.isFinite(point.v) ? point.v : null;
    const earlier = byTime.get(point.t);
    if (earlier && value === null && earlier.v !== null) continue;
    byTime.set(point.t, { t: point.t, v: value });
  }
  return [...byTime.values()].sort((a, b) => a.t - b.t);
}

function medianStep(times: number[]): number {
  const steps = times.slice(1).map((t, i) => t - times[i]!).sort((a, b) => a - b);
  return steps.length === 0 ? 0 : steps[Math.floor((steps.length - 1) / 2)]!;
}

/**
 * A series as uPlot's aligned data: sorted by time, in seconds, null where a value was sent empty,
 * and a null in the middle of every silence much longer than the usual step, so a device that was
 * quiet for a day is not drawn as a straight line across that day.
 */
export function timeChartData(points: TTimePoint[]): TTimeChartData {
  const ordered = pointsInOrder(points);
  const step = medianStep(ordered.map((p) => p.t));
  const times: number[] = [];
  const values: (number | null)[] = [];
  ordered.forEach((point, i) => {
    const before = ordered[i - 1];
    if (before && step > 0 && point.t - before.t > SILENCE_STEPS * step) {
      times.push((before.t + point.t) / 2 / 1000);
      values.push(null);
    }
    times.push(point.t / 1000);
    values.push(point.v);
  });
  return [times, values];
}

/** The values with no neighbour to join: drawn as dots, since a line needs two. */
export function isolatedIndices(values: ArrayLike<number | null | undefined>): number[] {
  const isValue = (i: number) => i >= 0 && i < values.length && values[i] != null;
  const isolated: number[] = [];
  for (let i = 0; i < values.length; i++) if (isValue(i) && !isValue(i - 1) && !isValue(i + 1)) isolated.push(i);
  return isolated;
}

/**
 * The chart in words, for its accessible name: what it shows, how many values over which times,
 * their lowest, highest and latest.
 */
export function chartSummary(series: TTimeSeries): string {
  const title = chartTitle(series);
  const values = pointsInOrder(series.points).filter((p): p is { t: number; v: number } => p.v !== null);
  const first = values[0];
  const latest = values.at(-1);
  if (!first || !latest) return `${title}: no values`;
  const format = (v: number) => formatChartValue(v, series.unit);
  if (values.length === 1) return `${title}: 1 value at ${formatMoment(first.t)}: ${format(first.v)}`;
  const numbers = values.map((p) => p.v);
  const [min, max] = [Math.min(...numbers), Math.max(...numbers)];
  return `${title}: ${values.length} values from ${formatMoment(first.t)} to ${formatMoment(latest.t)}, between ${format(min)} and ${format(max)}, latest ${format(latest.v)}`;
}

/** The latest value sent, or null when the series has none. */
export function latestPoint(series: TTimeSeries): { t: number; v: number } | null {
  const values = pointsInOrder(series.points).filter((p): p is { t: number; v: number } => p.v !== null);
  return values.at(-1) ?? null;
}
