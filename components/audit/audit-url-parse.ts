// The audit page's address bar read back into its filters and page (zod: the server page only, not the page's first load).
import { z } from "zod";
import { AUDIT_ACTION_GROUPS } from "@/lib/audit/audit-action-groups";
import { rangeProblem } from "./audit-range";
import { AUDIT_DEFAULT_RANGE, AUDIT_MAX_CURSORS, type TAuditView } from "./audit-url";

type TSearch = Record<string, string | string[] | undefined>;

/** "2026-03-01", a day that exists (an <input type="date"> empties any other). */
const ZDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((day) => {
    const at = Date.parse(`${day}T00:00:00Z`);
    return !Number.isNaN(at) && new Date(at).toISOString().startsWith(day);
  })
  .catch("");

/** "4912,4812": each page's cursor older than the one before it. */
const ZCursors = z
  .string()
  .transform((list) => list.split(","))
  .pipe(z.array(z.string().regex(/^[1-9]\d{0,14}$/).transform(Number)).max(AUDIT_MAX_CURSORS))
  .refine((ids) => ids.every((id, i) => i === 0 || id < ids[i - 1]))
  .catch([]);

// Each value on its own: one the page would not offer is left at its default, never a 4xx or 500.
const ZAuditUrl = z.object({
  q: z.string().trim().max(200).catch(""),
  action: z
    .string()
    .refine((prefix) => AUDIT_ACTION_GROUPS.some((group) => group.prefix === prefix))
    .catch(""),
  outcome: z.enum(["", "ok", "denied", "failed"]).catch(""),
  range: z.enum(["24h", "7d", "30d", "all", "custom"]).catch(AUDIT_DEFAULT_RANGE),
  from: ZDay,
  to: ZDay,
  before: ZCursors,
});

/** The view the address bar asks for; a preset counts back from `nowMs`, days the wrong way round fall back to the default range. */
export function auditViewOf(search: TSearch, nowMs = Date.now()): TAuditView {
  const url = ZAuditUrl.parse(search);
  const custom = { preset: url.range, anchorMs: nowMs, fromDay: url.range === "custom" ? url.from : "", toDay: url.range === "custom" ? url.to : "" };
  const range = rangeProblem(custom) ? { preset: AUDIT_DEFAULT_RANGE, anchorMs: nowMs, fromDay: "", toDay: "" } : custom;
  return { filters: { q: url.q, action: url.action, outcome: url.outcome, range }, cursors: url.before };
}
