import type { TIpamAggregateRow, TIpamBlockRow, TIpamTree } from "@/lib/vendors/provision/schemas";

const holds = (rows: readonly TIpamBlockRow[], blockId: number): boolean => rows.some((row) => row.id === blockId || holds(row.children, blockId));

/** The aggregate whose tree shows the block (itself, a block inside, or a free range ProVision keeps as a block), if the tree has it. */
export function aggregateHolding(tree: TIpamTree, blockId: number): TIpamAggregateRow | undefined {
  return [...tree.ipv4, ...tree.ipv6].find((aggregate) => aggregate.id === blockId || holds(aggregate.blocks, blockId) || aggregate.available.some((free) => free.blockId === blockId));
}
