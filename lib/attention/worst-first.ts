import type { TAttentionItem } from "./attention-types";

const SEVERITY_RANK = { critical: 0, warning: 1 } as const;

/** Critical before warning, then what has waited longest, then by title so the order holds between refreshes. */
export function worstFirst(a: TAttentionItem, b: TAttentionItem): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    sinceMs(a) - sinceMs(b) ||
    a.title.localeCompare(b.title) ||
    a.id.localeCompare(b.id)
  );
}

// An item whose start is unknown sorts after those with one.
const sinceMs = (item: TAttentionItem) => (item.since === null ? Number.MAX_SAFE_INTEGER : Date.parse(item.since));
