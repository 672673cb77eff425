import "server-only";
import { z } from "zod";
import {
  ZAddAggregateInput, ZDeleteBlockInput, ZDirectAssignInput, ZEditBlockInput, ZIpamSearchQuery, ZIpamTreeQuery, ZRemoveTagInput, ZSmartAssignInput, ZUnassignInput,
} from "@/lib/ipam/block-inputs";
import { aggregateRows, availableIn, chainOf, indexBlocks, rowsUnder, summaryIn, type TBlockIndex } from "@/lib/ipam/block-tree";
import { findBlock } from "@/lib/ipam/find-block";
import { filterAggregates, hasBlockFilter } from "@/lib/ipam/tree-filter";
import { notFound } from "@/lib/server/http/errors";
import { defineOperation, type TOperation } from "@/lib/server/operations/define-operation";
import type { TUpstreamConnection } from "@/lib/server/upstream";
import {
  addAggregate, deleteBlock, directAssign, getBlock, listBlocks, listResources, listTags, removeTag, smartAssign, unassign, updateBlock, type TBlockChange,
} from "./client";
import type { TIpamBlockDetail, TIpamChangeResult, TIpamResources, TIpamSearchResult, TIpamTags, TIpamTree } from "./schemas";
import { readBack } from "./read-back";

const ZBlockId = z.coerce.number().int().positive();
function blockIdOf(params: Record<string, string>): number {
  const id = ZBlockId.safeParse(params.id);
  if (!id.success) throw notFound("Block");
  return id.data;
}

async function blockIndex(connection: TUpstreamConnection, type?: "IPv4" | "IPv6"): Promise<TBlockIndex> {
  return indexBlocks(await listBlocks(connection, { type }));
}

/** Sends one change (once: a lost answer is read back by runChange), then the changed block as the tree shows it. */
async function changeResult(connection: TUpstreamConnection, send: () => Promise<TBlockChange>): Promise<TIpamChangeResult> {
  const change = await send();
  const block = change.block ?? (change.id === null ? null : await getBlock(connection, change.id));
  if (!block) return { block: null, message: change.message };
  return { block: summaryIn(indexBlocks([block]), block), message: change.message };
}

const refTarget = (ref: { block?: string; id?: number }) => `block:${ref.block ?? ref.id}`;
const refText = (ref: { block?: string; id?: number }) => ref.block ?? `block ${ref.id}`;
const refOf = (ref: { block?: string; id?: number }) => ({ block: ref.block, id: ref.id });

/** 6connect ProVision's BFF surface: /api/v/provision/<connection>/<path>. */
export const provisionOperations: readonly TOperation[] = [
  defineOperation({
    name: "listBlocks",
    method: "GET",
    path: "blocks",
    role: "viewer",
    input: ZIpamTreeQuery,
    handler: async ({ connection, input }): Promise<TIpamTree> => {
      const aggregates = aggregateRows(await blockIndex(connection, input.type));
      const shown = filterAggregates(aggregates, input);
      return {
        ipv4: shown.filter((a) => a.family === "ipv4"),
        ipv6: shown.filter((a) => a.family === "ipv6"),
        totalAggregates: aggregates.length,
        filtered: input.type !== undefined || input.rir !== undefined || hasBlockFilter(input),
        fetchedAt: new Date().toISOString(),
      };
    },
  }),
  defineOperation({
    name: "listResources",
    method: "GET",
    path: "resources",
    role: "viewer",
    handler: async ({ connection }): Promise<TIpamResources> => {
      const resources = (await listResources(connection)).map(({ id, name }) => ({ id, name }));
      resources.sort((a, b) => (a.name ?? "").localeCompare(b.name ?? "") || a.id - b.id);
      return { resources, fetchedAt: new Date().toISOString() };
    },
  }),
  defineOperation({
    name: "listTags",
    method: "GET",
    path: "tags",
    role: "viewer",
    handler: async ({ connection }): Promise<TIpamTags> => ({ tags: await listTags(connection) }),
  }),
  defineOperation({
    name: "searchBlocks",
    method: "GET",
    path: "search",
    role: "viewer",
    input: ZIpamSearchQuery,
    handler: async ({ connection, input }): Promise<TIpamSearchResult> => findBlock(aggregateRows(await blockIndex(connection)), input.q),
  }),
  defineOperation({
    name: "getBlock",
    method: "GET",
    path: "blocks/:id",
    role: "viewer",
    handler: async ({ connection, params }): Promise<TIpamBlockDetail> => {
      const id = blockIdOf(params);
      const index = await blockIndex(connection);
      const block = index.byId.get(id);
      if (!block) throw notFound(`Block ${id}`);
      const summary = summaryIn(index, block);
      const children = rowsUnder(index, id);
      const holdsSpace = summary.status === "aggregate" || children.length > 0;
      return {
        block: summary,
        fields: block,
        chain: chainOf(index, block).map((parent) => {
          const { id: parentId, cidr, status } = summaryIn(index, parent);
          return { id: parentId, cidr, status };
        }),
        children,
        available: holdsSpace ? availableIn(index, summary.cidr, children) : [],
        fetchedAt: new Date().toISOString(),
      };
    },
  }),
  defineOperation({
    name: "smartAssign",
    method: "POST",
    path: "smart-assign",
    role: "operator",
    input: ZSmartAssignInput,
    auditTarget: ({ input }) => `smart-assign ${input.type} /${input.mask} ${input.rir} → resource ${input.resourceId}`,
    handler: ({ connection, input }) => changeResult(connection, () => smartAssign(connection, input)),
    lostReply: {
      what: ({ input }) => `the Smart Assign of a /${input.mask} to resource ${input.resourceId}`,
      before: ({ connection, input }) => readBack.smartAssignBefore(connection, input),
      check: ({ connection, input }, before) => readBack.smartAssign(connection, input, before),
    },
  }),
  defineOperation({
    name: "directAssign",
    method: "POST",
    path: "direct-assign",
    role: "operator",
    input: ZDirectAssignInput,
    auditTarget: ({ input }) => `${refTarget(input)} → resource ${input.resourceId}`,
    handler: ({ connection, input }) => changeResult(connection, () => directAssign(connection, refOf(input), input.resourceId)),
    lostReply: { what: ({ input }) => `the assignment of ${refText(input)} to resource ${input.resourceId}`, check: ({ connection, input }) => readBack.directAssign(connection, input) },
  }),
  defineOperation({
    name: "unassign",
    method: "POST",
    path: "unassign",
    role: "operator",
    input: ZUnassignInput,
    auditTarget: ({ input }) => `${refTarget(input)}${input.skipHolding ? " (skip holding)" : ""}`,
    handler: ({ connection, input }) => changeResult(connection, () => unassign(connection, refOf(input), input.skipHolding)),
    lostReply: { what: ({ input }) => `the unassignment of ${refText(input)}`, check: ({ connection, input }) => readBack.unassign(connection, input) },
  }),
  defineOperation({
    name: "addAggregate",
    method: "POST",
    path: "aggregates",
    role: "operator",
    input: ZAddAggregateInput,
    auditTarget: ({ input }) => `block:${input.block}`,
    handler: ({ connection, input }) => changeResult(connection, () => addAggregate(connection, input)),
    lostReply: { what: ({ input }) => `adding ${input.block}`, check: ({ connection, input }) => readBack.addAggregate(connection, input) },
  }),
  defineOperation({
    name: "updateBlock",
    method: "PATCH",
    path: "blocks/:id",
    role: "operator",
    input: ZEditBlockInput,
    auditTarget: ({ params }) => `block:${params.id}`,
    handler: ({ connection, params, input }) => changeResult(connection, () => updateBlock(connection, blockIdOf(params), input)),
    lostReply: { what: ({ params }) => `the edit of block ${params.id}`, check: ({ connection, params, input }) => readBack.edit(connection, blockIdOf(params), input) },
  }),
  defineOperation({
    name: "removeTag",
    method: "POST",
    path: "blocks/:id/remove-tag",
    role: "operator",
    input: ZRemoveTagInput,
    auditTarget: ({ params, input }) => `block:${params.id} tag:${input.tag}`,
    handler: ({ connection, params, input }) => changeResult(connection, () => removeTag(connection, blockIdOf(params), input.tag)),
    lostReply: { what: ({ params, input }) => `removing tag ${input.tag} from block ${params.id}`, check: ({ connection, params, input }) => readBack.tagRemoval(connection, blockIdOf(params), input.tag) },
  }),
  defineOperation({
    name: "deleteBlock",
    method: "DELETE",
    path: "blocks/:id",
    role: "operator",
    input: ZDeleteBlockInput,
    auditTarget: ({ params, input }) => `block:${params.id}${input.force ? " (force)" : ""}`,
    handler: ({ connection, params, input }) => deleteBlock(connection, blockIdOf(params), input.force),
    lostReply: { what: ({ params }) => `deleting block ${params.id}`, subject: ({ params }) => params.id, check: ({ connection, params }) => readBack.deletion(connection, blockIdOf(params)) },
  }),
];
