// The audit page's filters and page in its address bar, without zod: the page's first load writes them.
import type { TAuditFilterState } from "./audit-filters";
import type { TRangePreset } from "./audit-range";

/** What the trail shows: its filters, and the ids each page after the first starts before (Newer events goes back one). */
export type TAuditView = { filters: TAuditFilterState; cursors: number[] };

export const AUDIT_DEFAULT_RANGE: TRangePreset = "7d";
/** A page's cursors in the address bar: as deep as the API counts (10,000 events, 100 a page). */
export const AUDIT_MAX_CURSORS = 100;

/** `q=…&action=user.&outcome=failed&range=custom&from=2026-03-01&to=2026-03-02&before=4912,4812`, defaults left out. */
export function auditUrlQuery({ filters, cursors }: TAuditView): string {
  const { preset, fromDay, toDay } = filters.range;
  const params = new URLSearchParams();
  const set = (name: string, value: string) => value && params.set(name, value);
  set("q", filters.q.trim());
  set("action", filters.action);
  set("outcome", filters.outcome);
  if (preset !== AUDIT_DEFAULT_RANGE) set("range", preset);
  if (preset === "custom") {
    set("from", fromDay);
    set("to", toDay);
  }
  set("before", cursors.join(","));
  return params.toString();
}

/** Puts the view in the address bar, for a reload or a shared link; Next.js follows replaceState without a server round trip. */
export function showInUrl(query: string) {
  const search = query ? `?${query}` : "";
  if (window.location.search === search) return;
  window.history.replaceState(window.history.state, "", `${window.location.pathname}${search}`);
}
