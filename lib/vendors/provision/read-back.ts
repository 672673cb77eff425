import "server-only";
import type { TAddAggregateInput, TDirectAssignInput, TEditBlockInput, TSmartAssignInput, TUnassignInput } from "@/lib/ipam/block-inputs";
import { indexBlocks, summaryIn } from "@/lib/ipam/block-tree";
import { canonicalCidr } from "@/lib/ipam/cidr";
import type { TChangeOutcome } from "@/lib/server/operations/define-operation";
import type { TUpstreamConnection } from "@/lib/server/upstream";
import { getBlock, listBlocks, type TBlockRef } from "./client";
import type { TProvisionBlock } from "./schemas";

// How each ProVision change is read back after its answer was lost: the block it named (a Smart
// Assign: the blocks of that size the resource holds, against those it held before it was sent).

async function blockOf(conn: TUpstreamConnection, ref: TBlockRef): Promise<TProvisionBlock | null> {
  if (ref.id !== undefined) return getBlock(conn, ref.id);
  const cidr = canonicalCidr(ref.block ?? "");
  return (await listBlocks(conn)).find((block) => canonicalCidr(block.cidr) === cidr) ?? null;
}

const named = (ref: TBlockRef) => ref.block ?? `block ${ref.id}`;
const refOf = (ref: TBlockRef): TBlockRef => ({ block: ref.block, id: ref.id });

function stateOf(block: TProvisionBlock): string {
  const { cidr, status, resourceId, resourceName } = summaryIn(indexBlocks([block]), block);
  if (status === "assigned") return `${cidr} is assigned to ${resourceName ?? "resource"} (#${resourceId})`;
  return `${cidr} is ${status === "holding" ? "in holding" : status === "free" ? "free" : status === "split" ? "split" : "an aggregate"}`;
}

const outcome = (done: boolean, found: string): TChangeOutcome => ({ state: done ? "done" : "not_done", found });

/** The ids of the blocks of this size a resource holds now. */
async function heldBlocks(conn: TUpstreamConnection, input: TSmartAssignInput): Promise<TProvisionBlock[]> {
  return (await listBlocks(conn, { type: input.type })).filter((b) => b.is_assigned && b.resource_id === input.resourceId && b.mask === input.mask);
}

export const readBack = {
  smartAssignBefore: async (conn: TUpstreamConnection, input: TSmartAssignInput): Promise<number[]> => (await heldBlocks(conn, input)).map((b) => b.id),
  smartAssign: async (conn: TUpstreamConnection, input: TSmartAssignInput, before: unknown): Promise<TChangeOutcome> => {
    const known = new Set(Array.isArray(before) ? before : []);
    const added = (await heldBlocks(conn, input)).filter((b) => !known.has(b.id));
    if (!Array.isArray(before)) return { state: "unknown", found: `resource ${input.resourceId} holds ${added.length} /${input.mask} blocks, and what it held before was not read` };
    if (added.length === 0) return outcome(false, `no new /${input.mask} assigned to resource ${input.resourceId}`);
    const cidrs = added.map((b) => canonicalCidr(b.cidr)).join(", ");
    return outcome(true, `${cidrs} newly assigned to ${added[0]!.resource_name ?? "resource"} (#${input.resourceId})`);
  },
  directAssign: async (conn: TUpstreamConnection, input: TDirectAssignInput): Promise<TChangeOutcome> => {
    const block = await blockOf(conn, refOf(input));
    if (!block) return outcome(false, `${named(input)} is not in ProVision`);
    return outcome(block.is_assigned === true && block.resource_id === input.resourceId, stateOf(block));
  },
  unassign: async (conn: TUpstreamConnection, input: TUnassignInput): Promise<TChangeOutcome> => {
    const block = await blockOf(conn, refOf(input));
    // An unassigned block that was not a free one of its own is merged back into its parent.
    if (!block) return outcome(true, `${named(input)} is no longer a block of its own`);
    return outcome(block.is_assigned !== true, stateOf(block));
  },
  addAggregate: async (conn: TUpstreamConnection, input: TAddAggregateInput): Promise<TChangeOutcome> => {
    const there = (await blockOf(conn, { block: input.block })) !== null;
    return outcome(there, `${input.block} is ${there ? "" : "not "}in ProVision`);
  },
  edit: async (conn: TUpstreamConnection, id: number, edit: TEditBlockInput): Promise<TChangeOutcome> => {
    const block = await getBlock(conn, id);
    if (!block) return { state: "unknown", found: `block ${id} is not in ProVision` };
    const same = (edit.notes === undefined || (block.notes ?? "") === edit.notes) && (edit.region === undefined || (block.region ?? "") === edit.region) && (edit.vlan === undefined || block.vlan === edit.vlan);
    return outcome(same, `${block.cidr} ${same ? "has the new values" : "does not have the new values"}`);
  },
  tagRemoval: async (conn: TUpstreamConnection, id: number, tag: string): Promise<TChangeOutcome> => {
    const block = await getBlock(conn, id);
    if (!block) return { state: "unknown", found: `block ${id} is not in ProVision` };
    const removed = !block.tags.includes(tag);
    return outcome(removed, `${block.cidr} ${removed ? "no longer has" : "still has"} tag ${tag}`);
  },
  deletion: async (conn: TUpstreamConnection, id: number): Promise<TChangeOutcome> => {
    const gone = (await getBlock(conn, id)) === null;
    return outcome(gone, `block ${id} is ${gone ? "gone" : "still there"}`);
  },
};
