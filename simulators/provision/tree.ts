import { blockSize, contains, familyBits, formatCidr, overlaps, type TCidr, type TFamily } from "./ip";
import { FULL_PERMISSIONS, type TBlockRecord, type TProvisionState } from "./records";

/** Keeps the IPAM tree consistent: splits on assignment, merges free halves back on release. */
export type TTreeResult = { ok: true; block: TBlockRecord } | { ok: false; message: string };

export const cidrOf = (block: TBlockRecord): TCidr => ({ family: block.family, address: block.address, mask: block.mask });
export const isFreeLeaf = (block: TBlockRecord) => block.child1 === null && !block.isAssigned && !block.holding;

export function childrenOf(state: TProvisionState, block: TBlockRecord): TBlockRecord[] {
  return [block.child1, block.child2].flatMap((id) => (id === null ? [] : [state.blocks.get(id)!]));
}

export function aggregates(state: TProvisionState, family?: TFamily): TBlockRecord[] {
  return [...state.blocks.values()]
    .filter((b) => b.parentId === null && (!family || b.family === family))
    .sort((a, b) => (a.family === b.family ? Number(a.address - b.address) : a.family === "ipv4" ? -1 : 1));
}

export function findByCidr(state: TProvisionState, cidr: TCidr): TBlockRecord | undefined {
  return [...state.blocks.values()].find((b) => b.family === cidr.family && b.address === cidr.address && b.mask === cidr.mask);
}

export function addAggregate(
  state: TProvisionState,
  cidr: TCidr,
  fields: Partial<TBlockRecord> & { rir: string },
  now: number,
): TTreeResult {
  const clash = aggregates(state, cidr.family).find((b) => overlaps(cidrOf(b), cidr));
  if (clash) return { ok: false, message: `Block overlaps existing block ${formatOf(clash)}` };
  const id = state.nextId++;
  const block: TBlockRecord = {
    id,
    ...cidr,
    parentId: null,
    child1: null,
    child2: null,
    topAggregateId: id,
    isAggregate: true,
    isAssigned: false,
    holding: false,
    resourceId: null,
    tags: [],
    region: null,
    vlan: null,
    asn: null,
    lirId: null,
    notes: null,
    description: null,
    code: null,
    genericCode: null,
    allowSubAssignments: false,
    assignedTime: null,
    permissions: { ...FULL_PERMISSIONS },
    ...fields,
    lastUpdated: now,
  };
  state.blocks.set(id, block);
  return { ok: true, block };
}

function split(state: TProvisionState, block: TBlockRecord, now: number): [TBlockRecord, TBlockRecord] {
  const half = 1n << BigInt((block.family === "ipv4" ? 32 : 128) - block.mask - 1);
  const [low, high] = [block.address, block.address + half].map((address) => {
    const child: TBlockRecord = {
      ...block,
      id: state.nextId++,
      address,
      mask: block.mask + 1,
      parentId: block.id,
      child1: null,
      child2: null,
      isAggregate: false,
      tags: [...block.tags],
      permissions: { ...block.permissions },
      vlan: null,
      asn: null,
      notes: null,
      description: null,
      lastUpdated: now,
    };
    state.blocks.set(child.id, child);
    return child;
  });
  block.child1 = low.id;
  block.child2 = high.id;
  block.lastUpdated = now;
  return [low, high];
}

/** Splits a free leaf down to `target`, which it contains. */
function carve(state: TProvisionState, leaf: TBlockRecord, target: TCidr, now: number): TBlockRecord {
  let node = leaf;
  while (node.mask < target.mask) {
    const [low, high] = split(state, node, now);
    node = contains(cidrOf(low), target) ? low : high;
  }
  return node;
}

/** The first free space, in address order, that can hold a block of `mask`. */
function firstFreeLeaf(state: TProvisionState, root: TBlockRecord, mask: number): TBlockRecord | null {
  if (root.mask > mask || root.isAssigned || root.holding) return null;
  if (root.child1 === null) return root;
  for (const child of childrenOf(state, root)) {
    const found = firstFreeLeaf(state, child, mask);
    if (found) return found;
  }
  return null;
}

export function smartAssign(
  state: TProvisionState,
  query: { family: TFamily; rir: string; mask: number; tags: string[]; region?: string },
  assignment: { resourceId: number; vlan: number | null },
  now: number,
): TTreeResult {
  const candidates = aggregates(state, query.family).filter(
    (b) =>
      b.permissions.update &&
      b.rir.toLowerCase() === query.rir.toLowerCase() &&
      query.tags.every((tag) => b.tags.includes(tag)) &&
      (!query.region || b.region === query.region),
  );
  for (const aggregate of candidates) {
    const leaf = firstFreeLeaf(state, aggregate, query.mask);
    if (!leaf) continue;
    const block = carve(state, leaf, { family: leaf.family, address: leaf.address, mask: query.mask }, now);
    return { ok: true, block: assign(block, assignment.resourceId, assignment.vlan, now) };
  }
  return { ok: false, message: `No free /${query.mask} block found matching the request` };
}

export function directAssign(state: TProvisionState, target: TBlockRecord | TCidr, resourceId: number, now: number): TTreeResult {
  if ("id" in target) {
    if (!isFreeLeaf(target)) return { ok: false, message: "Unable to assign block: it is assigned, held or split" };
    return { ok: true, block: assign(target, resourceId, null, now) };
  }
  const leaf = [...state.blocks.values()].find((b) => b.child1 === null && contains(cidrOf(b), target));
  if (!leaf || !isFreeLeaf(leaf)) return { ok: false, message: "Unable to assign block" };
  return { ok: true, block: assign(carve(state, leaf, target, now), resourceId, null, now) };
}

function assign(block: TBlockRecord, resourceId: number, vlan: number | null, now: number): TBlockRecord {
  Object.assign(block, { isAssigned: true, holding: false, resourceId, assignedTime: now, lastUpdated: now });
  if (vlan !== null) block.vlan = vlan;
  return block;
}

/**
 * Assigns free space of `aggregate` to `resourceId`, largest blocks first, until at least `percent`
 * of it is assigned (as an aggregate fills up over the months); the blocks assigned, in that order.
 */
export function fillAggregate(state: TProvisionState, aggregate: TBlockRecord, percent: number, resourceId: number, now: number): TBlockRecord[] {
  const size = blockSize(aggregate.family, aggregate.mask);
  const assigned = [...state.blocks.values()].filter((b) => b.topAggregateId === aggregate.id && b.isAssigned).reduce((sum, b) => sum + blockSize(b.family, b.mask), 0n);
  // Rounded up to a whole address, so the aggregate reaches the percentage rather than falls just short of it.
  let needed = (size * BigInt(Math.round(percent * 100)) + 9_999n) / 10_000n - assigned;
  const filled: TBlockRecord[] = [];
  for (let mask = aggregate.mask; mask <= familyBits(aggregate.family) && needed > 0n; ) {
    const leaf = blockSize(aggregate.family, mask) <= needed ? firstFreeLeaf(state, aggregate, mask) : null;
    if (!leaf) {
      mask++;
      continue;
    }
    const block = assign(carve(state, leaf, { family: leaf.family, address: leaf.address, mask }, now), resourceId, null, now);
    filled.push(block);
    needed -= blockSize(block.family, block.mask);
  }
  return filled;
}

/** Without skipHolding the block waits in the holding tank; with it, it is free again at once. */
export function unassign(state: TProvisionState, block: TBlockRecord, skipHolding: boolean, now: number): TTreeResult {
  if (!block.isAssigned) return { ok: false, message: `Block ${formatOf(block)} is not assigned` };
  Object.assign(block, { isAssigned: false, resourceId: null, assignedTime: null, holding: !skipHolding, lastUpdated: now });
  if (skipHolding) mergeUp(state, block, now);
  return { ok: true, block };
}

/** Two free halves become their parent again, all the way up. */
export function mergeUp(state: TProvisionState, block: TBlockRecord, now: number): void {
  let parent = block.parentId === null ? undefined : state.blocks.get(block.parentId);
  while (parent) {
    const halves = childrenOf(state, parent);
    if (halves.length !== 2 || !halves.every(isFreeLeaf)) return;
    for (const half of halves) state.blocks.delete(half.id);
    parent.child1 = null;
    parent.child2 = null;
    parent.lastUpdated = now;
    parent = parent.parentId === null ? undefined : state.blocks.get(parent.parentId);
  }
}

export function removeSubtree(state: TProvisionState, block: TBlockRecord): void {
  for (const child of childrenOf(state, block)) removeSubtree(state, child);
  state.blocks.delete(block.id);
}

export function formatOf(block: TBlockRecord): string {
  return formatCidr(cidrOf(block));
}
