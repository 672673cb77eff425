import type { TBadgeTone } from "@/components/ui/badge";
import type { TNetticaHealth } from "@/lib/vendors/nettica/schemas";

/** The order the status filter and a status sort use: problems first. */
export const HEALTH_ORDER: readonly TNetticaHealth[] = ["down", "never", "up"];

export const HEALTH_LABEL: Record<TNetticaHealth, string> = { up: "Up", down: "Down", never: "Never seen" };

export const HEALTH_TONE: Record<TNetticaHealth, TBadgeTone> = { up: "green", down: "red", never: "gray" };

export type THealthCounts = Record<TNetticaHealth, number>;

export function countByHealth(devices: readonly { health: TNetticaHealth }[]): THealthCounts {
  const counts: THealthCounts = { up: 0, down: 0, never: 0 };
  for (const device of devices) counts[device.health] += 1;
  return counts;
}

const number = new Intl.NumberFormat("en");
/** 10000 → "10,000" */
export const formatCount = (n: number) => number.format(n);

/** "12 up · 3 down · 5 never seen" */
export function healthSummary(counts: THealthCounts): string {
  return `${formatCount(counts.up)} up · ${formatCount(counts.down)} down · ${formatCount(counts.never)} never seen`;
}
