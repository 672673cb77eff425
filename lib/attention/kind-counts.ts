import type { TAttentionKind } from "./attention-kinds";
import type { TAttentionItem } from "./attention-types";

/** How many items of each kind, in the order the kinds first appear (worst first when the items are). */
export function kindCounts(items: readonly TAttentionItem[]): Array<[TAttentionKind, number]> {
  const counts = new Map<TAttentionKind, number>();
  for (const item of items) counts.set(item.kind, (counts.get(item.kind) ?? 0) + 1);
  return [...counts];
}
