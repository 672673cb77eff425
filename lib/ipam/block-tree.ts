import {
  blockPermissions, type TIpamAggregateRow, type TIpamAvailableRow, type TIpamBlockRow, type TIpamBlockStatus, type TIpamBlockSummary, type TProvisionBlock,
} from "@/lib/vendors/provision/schemas";
import { blockSize, canonicalCidr, compareBlocks, freeBlocks, maskOf, sumSizes } from "./cidr";

/** ProVision's blocks (a flat list linked by `parent`) read as a planner's tree. */
export type TBlockIndex = {
  byId: Map<number, TProvisionBlock>;
  childrenOf: (id: number) => TProvisionBlock[];
  aggregates: TProvisionBlock[];
  /** Unused leaf blocks ProVision already has, by canonical CIDR. */
  freeIds: Map<string, number>;
};

export function indexBlocks(blocks: readonly TProvisionBlock[]): TBlockIndex {
  const byId = new Map(blocks.map((block) => [block.id, block]));
  // A block whose parent was left out (unreadable) hangs under its aggregate instead, so its space still counts there.
  const holderOf = (b: TProvisionBlock): number | null =>
    b.parent !== null && byId.has(b.parent) ? b.parent : b.parent !== null && b.top_aggregate !== null && b.top_aggregate !== b.id && byId.has(b.top_aggregate) ? b.top_aggregate : null;
  const children = new Map<number, TProvisionBlock[]>();
  for (const block of blocks) {
    const holder = holderOf(block);
    if (holder !== null) children.set(holder, [...(children.get(holder) ?? []), block]);
  }
  // A block with no holder in the list is a top block too (a filtered or partial answer).
  const aggregates = blocks.filter((b) => holderOf(b) === null).sort((a, b) => familyOrder(a, b) || compareBlocks(a.cidr, b.cidr));
  const freeIds = new Map(blocks.filter((b) => b.parent !== null && statusOf(b, children.has(b.id)) === "free").map((b) => [canonicalCidr(b.cidr), b.id]));
  return { byId, childrenOf: (id) => children.get(id) ?? [], aggregates, freeIds };
}

const familyOrder = (a: TProvisionBlock, b: TProvisionBlock) => (a.type === b.type ? 0 : a.type === "ipv4" ? -1 : 1);

export function statusOf(block: TProvisionBlock, hasChildren: boolean): TIpamBlockStatus {
  if (block.is_aggregate || block.parent === null) return "aggregate";
  if (block.is_assigned) return "assigned";
  if (block.custid === "holding") return "holding";
  return hasChildren || block.child1 !== null || block.child2 !== null ? "split" : "free";
}

export function summaryOf(block: TProvisionBlock, status: TIpamBlockStatus): TIpamBlockSummary {
  const cidr = canonicalCidr(block.cidr);
  const can = blockPermissions(block.permissions);
  return {
    id: block.id,
    cidr,
    family: block.type === "ipv6" ? "ipv6" : "ipv4",
    mask: maskOf(cidr),
    status,
    size: blockSize(cidr).toString(),
    rir: block.rir,
    region: block.region,
    vlan: block.vlan,
    tags: block.tags,
    notes: block.notes,
    resourceId: block.resource_id,
    resourceName: block.resource_name,
    assignedTime: block.assigned_time,
    canUpdate: can.update,
    canDelete: can.delete,
  };
}

export const summaryIn = (index: TBlockIndex, block: TProvisionBlock) => summaryOf(block, statusOf(block, index.childrenOf(block.id).length > 0));

/** The rows under a block: assigned and held blocks, looking through blocks that are only split; free leaves are left to `available`. */
export function rowsUnder(index: TBlockIndex, id: number): TIpamBlockRow[] {
  return index
    .childrenOf(id)
    .flatMap((child): TIpamBlockRow[] => {
      const summary = summaryIn(index, child);
      if (summary.status === "split") return rowsUnder(index, child.id);
      if (summary.status === "free") return [];
      return [{ ...summary, children: rowsUnder(index, child.id) }];
    })
    .sort((a, b) => compareBlocks(a.cidr, b.cidr));
}

/** Free space of `cidr` once `rows` are taken, with the id of a ProVision block that is exactly that range. */
export function availableIn(index: TBlockIndex, cidr: string, rows: readonly TIpamBlockRow[]): TIpamAvailableRow[] {
  const free = freeBlocks(cidr, rows.map((row) => row.cidr));
  return free.map((range) => ({ cidr: range, mask: maskOf(range), size: blockSize(range).toString(), blockId: index.freeIds.get(range) ?? null }));
}

const walk = (rows: readonly TIpamBlockRow[]): TIpamBlockRow[] => rows.flatMap((row) => [row, ...walk(row.children)]);

/** assigned / size as a fraction with six decimals, from BigInts (an IPv6 /32 holds 2^96 addresses). */
export function utilisationOf(assigned: bigint, size: bigint): number {
  return size === 0n ? 0 : Number((assigned * 1_000_000n) / size) / 1_000_000;
}

export function aggregateRow(index: TBlockIndex, aggregate: TProvisionBlock): TIpamAggregateRow {
  const summary = summaryOf(aggregate, "aggregate");
  const blocks = rowsUnder(index, aggregate.id);
  const all = walk(blocks);
  // Top-most assigned blocks only, so space assigned inside an assignment is not counted twice.
  const assignedSize = sumSizes(blocks.filter((row) => row.status === "assigned").map((row) => row.cidr));
  const available = availableIn(index, summary.cidr, blocks);
  return {
    ...summary,
    assignedSize: assignedSize.toString(),
    utilisation: utilisationOf(assignedSize, BigInt(summary.size)),
    counts: { assigned: all.filter((r) => r.status === "assigned").length, holding: all.filter((r) => r.status === "holding").length, available: available.length },
    blocks,
    available,
  };
}

export function aggregateRows(index: TBlockIndex): TIpamAggregateRow[] {
  return index.aggregates.map((aggregate) => aggregateRow(index, aggregate));
}

/** The blocks above `block`, its aggregate first: split blocks included, as ProVision keeps them. */
export function chainOf(index: TBlockIndex, block: TProvisionBlock): TProvisionBlock[] {
  const chain: TProvisionBlock[] = [];
  for (let parent = block.parent === null ? undefined : index.byId.get(block.parent); parent && !chain.includes(parent); parent = parent.parent === null ? undefined : index.byId.get(parent.parent)) {
    chain.unshift(parent);
  }
  return chain;
}
