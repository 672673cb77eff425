/** How far back a time chart looks: the last hour, 6 or 24 hours, 7 days up to now, or everything loaded. */
export type TTimeRange = "1h" | "6h" | "24h" | "7d" | "all";

const HOUR = 3_600_000;

export const TIME_RANGES: readonly { value: TTimeRange; label: string; backMs: number | null }[] = [
  { value: "1h", label: "Last hour", backMs: HOUR },
  { value: "6h", label: "Last 6 hours", backMs: 6 * HOUR },
  { value: "24h", label: "Last 24 hours", backMs: 24 * HOUR },
  { value: "7d", label: "Last 7 days", backMs: 7 * 24 * HOUR },
  { value: "all", label: "All loaded", backMs: null },
];

export const DEFAULT_TIME_RANGE: TTimeRange = "all";

/** The range a URL asks for (`?range=6h`); anything else is the default. */
export function parseTimeRange(value: string | null | undefined): TTimeRange {
  return TIME_RANGES.find((r) => r.value === value)?.value ?? DEFAULT_TIME_RANGE;
}

/** Where the range starts (epoch ms) at `now`, or null when it takes everything. */
export function rangeStart(range: TTimeRange, now: number): number | null {
  const backMs = TIME_RANGES.find((r) => r.value === range)?.backMs ?? null;
  return backMs === null ? null : now - backMs;
}

/** The items whose time falls in the range at `now`; a time ahead of `now` (a clock running fast) counts as in. */
export function inTimeRange<T>(items: readonly T[], range: TTimeRange, now: number, timeOf: (item: T) => number): T[] {
  const start = rangeStart(range, now);
  return start === null ? [...items] : items.filter((item) => timeOf(item) >= start);
}
