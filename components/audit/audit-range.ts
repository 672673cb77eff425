/** The audit page's date ranges: the last 24 h, 7 or 30 days up to now, everything, or whole local days chosen by the admin. */
export type TRangePreset = "24h" | "7d" | "30d" | "all" | "custom";
export type TRangeChoice = { preset: TRangePreset; /** When a preset was chosen (or refreshed): its start is counted back from here. */ anchorMs: number; fromDay: string; toDay: string };
export type TRange = { from?: string; to?: string };

export const RANGE_PRESETS: readonly { value: TRangePreset; label: string }[] = [
  { value: "24h", label: "Last 24 hours" },
  { value: "7d", label: "Last 7 days" },
  { value: "30d", label: "Last 30 days" },
  { value: "all", label: "All time" },
  { value: "custom", label: "Dates…" },
];

const HOUR = 3_600_000;
const BACK: Record<"24h" | "7d" | "30d", number> = { "24h": 24 * HOUR, "7d": 7 * 24 * HOUR, "30d": 30 * 24 * HOUR };

/** "2026-03-01" (an <input type="date">) as the start of that day in the browser's time zone, or null. */
function localDay(day: string, endOfDay: boolean): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), endOfDay ? 23 : 0, endOfDay ? 59 : 0, endOfDay ? 59 : 0, endOfDay ? 999 : 0);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The range the API is asked for: a preset runs up to now (no `to`), chosen days include the whole last day. */
export function rangeOf(choice: TRangeChoice): TRange {
  if (choice.preset === "all") return {};
  if (choice.preset === "custom") {
    const from = localDay(choice.fromDay, false);
    const to = localDay(choice.toDay, true);
    return { ...(from && { from: from.toISOString() }), ...(to && { to: to.toISOString() }) };
  }
  return { from: new Date(choice.anchorMs - BACK[choice.preset]).toISOString() };
}

/** Why chosen days cannot be asked for, or null. */
export function rangeProblem(choice: TRangeChoice): string | null {
  if (choice.preset !== "custom") return null;
  if (choice.fromDay && choice.toDay && choice.fromDay > choice.toDay) return "The range ends before it starts";
  return null;
}
