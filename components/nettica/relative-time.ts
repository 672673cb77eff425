const UNITS: ReadonlyArray<[limitMs: number, unitMs: number, unit: (n: number) => string]> = [
  [60_000, 1_000, () => "s"],
  [3_600_000, 60_000, () => "min"],
  [86_400_000, 3_600_000, () => "h"],
  [30 * 86_400_000, 86_400_000, (n) => (n === 1 ? "day" : "days")],
  [365 * 86_400_000, 30 * 86_400_000, (n) => (n === 1 ? "month" : "months")],
  [Infinity, 365 * 86_400_000, (n) => (n === 1 ? "year" : "years")],
];

/** How long ago a moment was, the way an admin says it: "just now", "42 s ago", "3 min ago", "2 days ago". */
export function relativeTime(thenMs: number, nowMs: number): string {
  const elapsed = nowMs - thenMs;
  if (elapsed < 5_000) return "just now";
  const [, unitMs, unit] = UNITS.find(([limitMs]) => elapsed < limitMs)!;
  const count = Math.floor(elapsed / unitMs);
  return `${count} ${unit(count)} ago`;
}
