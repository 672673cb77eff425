import "server-only";
import type { z } from "zod";
import type { TAddAggregateInput, TEditBlockInput, TSmartAssignInput } from "@/lib/ipam/block-inputs";
import { callVendor, type TQuery, type TUpstreamConnection } from "@/lib/server/upstream";
import {
  ZProvisionBlockReply, ZProvisionBlocksReply, ZProvisionReply, ZProvisionResourcesReply, ZProvisionTagListReply, type TProvisionBlock, type TProvisionResource,
} from "./schemas";

/** A block named by CIDR or by id, as ProVision's directAssign / unassign take it. */
export type TBlockRef = { block?: string; id?: number };

/** How long one change may wait for ProVision's answer (tests shorten it to see a late reply). */
export type TChangeOptions = { timeoutMs?: number };

/** Identical tree reads within 3 s share one upstream call; any change drops them (the core forgets a connection's reads after a write). */
const TREE_CACHE_MS = 3_000;
/** Resources and tags change rarely; a change through Patchbay drops them too. */
const LIST_CACHE_MS = 30_000;

function read<S extends z.ZodType>(conn: TUpstreamConnection, query: TQuery, schema: S, operation: string, cacheTtlMs = TREE_CACHE_MS) {
  return callVendor(conn, { method: "GET", path: "", query, cacheTtlMs, operation: `provision.${operation}` }, schema).then((r) => r.data);
}

/**
 * Every change is a GET too: ProVision hashes the URL's query string, so the signed parameters must
 * be in the URL (a POST with them in its body fails the hash). `idempotent: false` tells the core it
 * is a change all the same: never retried, shared or cached, so a Smart Assign is sent exactly once.
 */
function change<S extends z.ZodType>(conn: TUpstreamConnection, action: string, query: TQuery, schema: S, options: TChangeOptions = {}) {
  const request = { method: "GET", path: "", query: { target: "ipam", action, ...query }, idempotent: false, timeoutMs: options.timeoutMs, operation: `provision.${action}` } as const;
  // The core drops the connection's cached reads after a change, whatever its outcome (a lost answer may hide one).
  return callVendor(conn, request, schema).then((r) => r.data);
}

const tagList = (tags: readonly string[] | undefined) => (tags === undefined || tags.length === 0 ? undefined : tags.join(","));

/** action=get: every block (optionally one family), as a flat list linked by `parent`. */
export function listBlocks(conn: TUpstreamConnection, filter: { type?: "IPv4" | "IPv6" } = {}): Promise<TProvisionBlock[]> {
  return read(conn, { target: "ipam", action: "get", type: filter.type }, ZProvisionBlocksReply, "listBlocks").then((reply) => reply.data);
}

export async function getBlock(conn: TUpstreamConnection, id: number): Promise<TProvisionBlock | null> {
  const reply = await read(conn, { target: "ipam", action: "get", id }, ZProvisionBlocksReply, "getBlock");
  return reply.data.find((block) => block.id === id) ?? null;
}

/** target=resource&action=get&type=entry: every customer a block can be assigned to, not only those already on a block. */
export function listResources(conn: TUpstreamConnection): Promise<TProvisionResource[]> {
  return read(conn, { target: "resource", action: "get", type: "entry" }, ZProvisionResourcesReply, "listResources", LIST_CACHE_MS).then((reply) => reply.data);
}

/** action=getTagList: the tags set up in ProVision's IPAM admin. */
export function listTags(conn: TUpstreamConnection): Promise<Array<{ value: string; name: string }>> {
  return read(conn, { target: "ipam", action: "getTagList" }, ZProvisionTagListReply, "listTags", LIST_CACHE_MS).then((reply) => reply.data);
}

export type TBlockChange = { block: TProvisionBlock | null; message: string; id: number | null };

async function blockChange(conn: TUpstreamConnection, action: string, query: TQuery, options?: TChangeOptions): Promise<TBlockChange> {
  const reply = await change(conn, action, query, ZProvisionBlockReply, options);
  return { block: reply.data, message: reply.message, id: reply.id ?? reply.data?.id ?? null };
}

/** `tags` here picks aggregates that carry them (ProVision matches blocks with at least those tags). */
export function smartAssign(conn: TUpstreamConnection, input: TSmartAssignInput, options?: TChangeOptions): Promise<TBlockChange> {
  const { type, mask, rir, resourceId, tags, region, vlan } = input;
  return blockChange(conn, "smartAssign", { type, mask, rir, resourceId, tags: tagList(tags), region: region || undefined, vlan }, options);
}

export function directAssign(conn: TUpstreamConnection, ref: TBlockRef, resourceId: number, options?: TChangeOptions): Promise<TBlockChange> {
  return blockChange(conn, "directAssign", { ...ref, resourceId }, options);
}

export function unassign(conn: TUpstreamConnection, ref: TBlockRef, skipHolding: boolean, options?: TChangeOptions): Promise<TBlockChange> {
  return blockChange(conn, "unassign", { ...ref, skipHolding }, options);
}

/** add is where a block gets its tags: no action sets tags on a block that exists. */
export function addAggregate(conn: TUpstreamConnection, input: TAddAggregateInput, options?: TChangeOptions): Promise<TBlockChange> {
  const { block, rir, notes, region, tags, vlan, asn } = input;
  return blockChange(conn, "add", { block, rir, notes: notes || undefined, region: region || undefined, tags: tagList(tags), vlan, asn }, options);
}

/** Only the fields given change; an empty value clears one (ProVision reads vlan="" as none). update takes no tags. */
export function updateBlock(conn: TUpstreamConnection, id: number, edit: TEditBlockInput, options?: TChangeOptions): Promise<TBlockChange> {
  return blockChange(conn, "update", { id, notes: edit.notes, region: edit.region, vlan: edit.vlan === null ? "" : edit.vlan }, options);
}

/** action=deleteTag: takes one tag off one block. */
export function removeTag(conn: TUpstreamConnection, id: number, tag: string, options?: TChangeOptions): Promise<TBlockChange> {
  return blockChange(conn, "deleteTag", { id, tag }, options);
}

export async function deleteBlock(conn: TUpstreamConnection, id: number, force: boolean, options?: TChangeOptions): Promise<{ message: string }> {
  const reply = await change(conn, "delete", { id, force: force || undefined }, ZProvisionReply, options);
  return { message: reply.message };
}
