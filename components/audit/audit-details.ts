/** One detail's value as text: a change reads "viewer → admin", a list "a, b", anything else as JSON. */
export function detailValue(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (value === "") return "(none)";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value) && value.every((item) => typeof item !== "object" || item === null)) return value.length ? value.map(String).join(", ") : "none";
  if (typeof value === "object" && Object.keys(value).length === 2 && "from" in value && "to" in value) {
    const change = value as { from: unknown; to: unknown };
    return `${detailValue(change.from)} → ${detailValue(change.to)}`;
  }
  return JSON.stringify(value);
}

/** "oldName" / "old_name" → "old name", for a detail's label. */
export const detailLabel = (key: string) => key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/_/g, " ").toLowerCase();

/** The details in one line for the table, e.g. "reason: invalid credentials · mfa: totp"; the row expands to all of them. */
export function detailsSummary(details: Record<string, unknown>, max = 80): string {
  const line = Object.entries(details)
    .map(([key, value]) => `${detailLabel(key)}: ${detailValue(value)}`)
    .join(" · ");
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
