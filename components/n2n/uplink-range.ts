import { inTimeRange, rangeStart, type TTimeRange } from "@/components/ui/time-chart-range";
import type { TN2nUplinkView } from "@/lib/vendors/n2n/schemas";

export type TUplinksInRange = { uplinks: TN2nUplinkView[]; text: string };

/**
 * The loaded uplinks that fall in the range at `now`, and that in words: "12 of 50 uplinks in range",
 * adding how to see further back when the range reaches past the oldest of a full page (N2N may keep older ones).
 */
export function uplinksInRange(loaded: TN2nUplinkView[], range: TTimeRange, now: number, limit: number): TUplinksInRange {
  const uplinks = inTimeRange(loaded, range, now, (u) => u.ts);
  const start = rangeStart(range, now);
  const oldest = loaded.reduce((min, u) => Math.min(min, u.ts), Infinity);
  const olderNotLoaded = start !== null && loaded.length >= limit && start < oldest;
  return { uplinks, text: `${uplinks.length} of ${loaded.length} uplinks in range${olderNotLoaded ? "; show more uplinks to reach further back" : ""}` };
}
