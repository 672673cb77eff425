import "server-only";
import type { TEditBlockInput, TSmartAssignInput } from "@/lib/ipam/block-inputs";
import { indexBlocks, summaryIn } from "@/lib/ipam/block-tree";
import { canonicalCidr } from "@/lib/ipam/cidr";
import type { TUpstreamConnection } from "@/lib/server/upstream";
import { getBlock, listBlocks, type TBlockRef } from "./client";
import type { TProvisionBlock } from "./schemas";

/** What ProVision has now, in a phrase, read after a change whose answer was lost ("10.0.3.0/24 is free"). */
export type TReadBack = () => Promise<string>;

async function blockOf(conn: TUpstreamConnection, ref: TBlockRef): Promise<TProvisionBlock | null> {
  if (ref.id !== undefined) return getBlock(conn, ref.id);
  const cidr = canonicalCidr(ref.block ?? "");
  return (await listBlocks(conn)).find((block) => canonicalCidr(block.cidr) === cidr) ?? null;
}

const named = (ref: TBlockRef) => ref.block ?? `block ${ref.id}`;

function stateOf(block: TProvisionBlock): string {
  const { cidr, status, resourceId, resourceName } = summaryIn(indexBlocks([block]), block);
  if (status === "assigned") return `${cidr} is assigned to ${resourceName ?? "resource"} (#${resourceId})`;
  return `${cidr} is ${status === "holding" ? "in holding" : status === "free" ? "free" : status === "split" ? "split" : "an aggregate"}`;
}

/** How each change is checked: the block it named, read back (a Smart Assign: the newest such block of that resource). */
export const readBack = {
  assignment: (conn: TUpstreamConnection, ref: TBlockRef): TReadBack => async () => {
    const block = await blockOf(conn, ref);
    return block ? stateOf(block) : `${named(ref)} is not in ProVision`;
  },
  addition: (conn: TUpstreamConnection, cidr: string): TReadBack => async () => `${cidr} is ${(await blockOf(conn, { block: cidr })) ? "" : "not "}in ProVision`,
  edit: (conn: TUpstreamConnection, id: number, edit: TEditBlockInput): TReadBack => async () => {
    const block = await getBlock(conn, id);
    if (!block) return `block ${id} is not in ProVision`;
    const same = (edit.notes === undefined || (block.notes ?? "") === edit.notes) && (edit.region === undefined || (block.region ?? "") === edit.region) && (edit.vlan === undefined || block.vlan === edit.vlan);
    return `${block.cidr} ${same ? "has the new values" : "does not have the new values"}`;
  },
  tagRemoval: (conn: TUpstreamConnection, id: number, tag: string): TReadBack => async () => {
    const block = await getBlock(conn, id);
    return !block ? `block ${id} is not in ProVision` : `${block.cidr} ${block.tags.includes(tag) ? "still has" : "no longer has"} tag ${tag}`;
  },
  deletion: (conn: TUpstreamConnection, id: number): TReadBack => async () => ((await getBlock(conn, id)) ? `block ${id} is still there` : `block ${id} is gone`),
  smartAssign: (conn: TUpstreamConnection, input: TSmartAssignInput): TReadBack => async () => {
    const held = (await listBlocks(conn, { type: input.type })).filter((b) => b.is_assigned && b.resource_id === input.resourceId && b.mask === input.mask);
    // ProVision's dates sort as text ("YYYY-MM-DD HH:MM:SS"); a block without one sorts first.
    const newest = held.sort((a, b) => (a.assigned_time ?? "").localeCompare(b.assigned_time ?? "")).at(-1);
    if (!newest) return `no /${input.mask} is assigned to resource ${input.resourceId}`;
    const when = newest.assigned_time ? ` (assigned ${newest.assigned_time})` : "";
    return `the newest /${input.mask} assigned to ${newest.resource_name ?? "resource"} (#${input.resourceId}) is ${canonicalCidr(newest.cidr)}${when}`;
  },
};
