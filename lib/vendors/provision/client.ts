import "server-only";
import type { z } from "zod";
import type { TAddAggregateInput, TEditBlockInput, TSmartAssignInput } from "@/lib/ipam/block-inputs";
import { callVendor, type TQuery, type TUpstreamConnection } from "@/lib/server/upstream";
import { ZProvisionBlockReply, ZProvisionBlocksReply, ZProvisionReply, type TProvisionBlock } from "./schemas";

/** A block named by CIDR or by id, as ProVision's directAssign / unassign take it. */
export type TBlockRef = { block?: string; id?: number };

/** Identical tree reads within 3 s share one upstream call; any change drops them (the core forgets a connection's reads after a write). */
const TREE_CACHE_MS = 3_000;

function read<S extends z.ZodType>(conn: TUpstreamConnection, action: string, query: TQuery, schema: S, operation: string) {
  return callVendor(conn, { method: "GET", path: "", query: { target: "ipam", action, ...query }, cacheTtlMs: TREE_CACHE_MS, operation: `provision.${operation}` }, schema).then((r) => r.data);
}

/** Every change is POSTed (the signed query as its body): the core never retries or shares a POST, so a Smart Assign cannot run twice. */
function change<S extends z.ZodType>(conn: TUpstreamConnection, action: string, query: TQuery, schema: S) {
  return callVendor(conn, { method: "POST", path: "", query: { target: "ipam", action, ...query }, operation: `provision.${action}` }, schema).then((r) => r.data);
}

const tagList = (tags: readonly string[] | undefined) => (tags === undefined ? undefined : tags.join(","));

/** action=get: every block (optionally one family), as a flat list linked by `parent`. */
export function listBlocks(conn: TUpstreamConnection, filter: { type?: "IPv4" | "IPv6" } = {}): Promise<TProvisionBlock[]> {
  return read(conn, "get", { type: filter.type }, ZProvisionBlocksReply, "listBlocks").then((reply) => reply.data);
}

export async function getBlock(conn: TUpstreamConnection, id: number): Promise<TProvisionBlock | null> {
  const reply = await read(conn, "get", { id }, ZProvisionBlocksReply, "getBlock");
  return reply.data.find((block) => block.id === id) ?? null;
}

export type TBlockChange = { block: TProvisionBlock | null; message: string; id: number | null };

async function blockChange(conn: TUpstreamConnection, action: string, query: TQuery): Promise<TBlockChange> {
  const reply = await change(conn, action, query, ZProvisionBlockReply);
  return { block: reply.data ?? null, message: reply.message, id: reply.id ?? reply.data?.id ?? null };
}

export function smartAssign(conn: TUpstreamConnection, input: TSmartAssignInput): Promise<TBlockChange> {
  const { type, mask, rir, resourceId, tags, region, vlan } = input;
  return blockChange(conn, "smartAssign", { type, mask, rir, resourceId, tags: tagList(tags), region: region || undefined, vlan });
}

export function directAssign(conn: TUpstreamConnection, ref: TBlockRef, resourceId: number): Promise<TBlockChange> {
  return blockChange(conn, "directAssign", { ...ref, resourceId });
}

export function unassign(conn: TUpstreamConnection, ref: TBlockRef, skipHolding: boolean): Promise<TBlockChange> {
  return blockChange(conn, "unassign", { ...ref, skipHolding });
}

export function addAggregate(conn: TUpstreamConnection, input: TAddAggregateInput): Promise<TBlockChange> {
  const { block, rir, notes, region, tags, vlan, asn } = input;
  return blockChange(conn, "add", { block, rir, notes: notes || undefined, region: region || undefined, tags: tagList(tags), vlan, asn });
}

/** Only the fields given change; an empty value clears one (ProVision reads vlan="" as none). */
export function updateBlock(conn: TUpstreamConnection, id: number, edit: TEditBlockInput): Promise<TBlockChange> {
  return blockChange(conn, "update", { id, notes: edit.notes, region: edit.region, vlan: edit.vlan === null ? "" : edit.vlan, tags: tagList(edit.tags) });
}

export async function deleteBlock(conn: TUpstreamConnection, id: number, force: boolean): Promise<{ message: string }> {
  const reply = await change(conn, "delete", { id, force: force || undefined }, ZProvisionReply);
  return { message: reply.message };
}
