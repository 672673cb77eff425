import { contains, lastAddress, parseAddress, parseCidr, type TFamily } from "./ip";
import { blockPayload } from "./payloads";
import { RIRS, type TBlockRecord, type TProvisionState } from "./records";
import { addAggregate, cidrOf, directAssign, findByCidr, formatOf, removeSubtree, smartAssign, unassign, type TTreeResult } from "./tree";

/** The `success/message/data` envelope; application errors are success:0 with HTTP 200. */
export type TEnvelope = { success: 0 | 1; message: string; id?: number; data?: unknown };

const fail = (message: string): TEnvelope => ({ success: 0, message });
const truthy = (value: string | null) => value === "true" || value === "1";
const tagList = (value: string | null) => (value ? value.split(",").map((t) => t.trim()).filter(Boolean) : []);
const intOrNull = (value: string | null) => (value !== null && /^\d+$/.test(value) ? Number(value) : null);

function familyOf(type: string | null): TFamily | null | "invalid" {
  if (!type || type.toUpperCase() === "IP") return null;
  const lower = type.toLowerCase();
  return lower === "ipv4" || lower === "ipv6" ? lower : "invalid";
}

/** The block named by `id` (or `ipid`) or `block` (a CIDR). */
function target(state: TProvisionState, params: URLSearchParams): TBlockRecord | string {
  const id = intOrNull(params.get("id") ?? params.get("ipid"));
  if (id !== null) return state.blocks.get(id) ?? `Block ${id} not found`;
  const text = params.get("block");
  if (!text) return "Either block or id is required";
  const cidr = parseCidr(text);
  if (!cidr) return `Invalid block ${text}`;
  return findByCidr(state, cidr) ?? `Block ${text} not found`;
}

function result(state: TProvisionState, outcome: TTreeResult, message: (block: TBlockRecord) => string): TEnvelope {
  if (!outcome.ok) return fail(outcome.message);
  return { success: 1, message: message(outcome.block), id: outcome.block.id, data: blockPayload(state, outcome.block) };
}

export function runIpamAction(state: TProvisionState, params: URLSearchParams, now: number): TEnvelope {
  const action = params.get("action");
  switch (action) {
    case "get":
      return getBlocks(state, params);
    case "add": {
      const cidr = parseCidr(params.get("block") ?? "");
      const rir = params.get("rir") ?? "";
      if (!cidr) return fail("A valid block (CIDR) is required");
      if (!RIRS.some((r) => r.toLowerCase() === rir.toLowerCase())) return fail(`Invalid rir: ${rir}`);
      const outcome = addAggregate(state, cidr, { rir, ...blockFields(params) }, now);
      return result(state, outcome, (b) => `Block ${formatOf(b)} (${b.id}) added`);
    }
    case "update": {
      const block = target(state, params);
      if (typeof block === "string") return fail(block);
      const rir = params.get("rir");
      if (rir !== null && !RIRS.some((r) => r.toLowerCase() === rir.toLowerCase())) return fail(`Invalid rir: ${rir}`);
      Object.assign(block, blockFields(params), rir === null ? {} : { rir }, { lastUpdated: now });
      return { success: 1, message: `Block ${formatOf(block)} (${block.id}) updated`, data: blockPayload(state, block) };
    }
    case "delete": {
      const block = target(state, params);
      if (typeof block === "string") return fail(block);
      if (block.parentId !== null) return fail("Only aggregates can be deleted; unassign the block instead");
      if ((block.child1 !== null || block.isAssigned) && !truthy(params.get("force"))) {
        return fail(`Block ${formatOf(block)} has assigned or split space; use force=true to delete it`);
      }
      removeSubtree(state, block);
      return { success: 1, message: `Block ${formatOf(block)} (${block.id}) deleted`, id: block.id };
    }
    case "smartAssign": {
      const family = familyOf(params.get("type"));
      const mask = intOrNull(params.get("mask"));
      const rir = params.get("rir") ?? "";
      const resourceId = intOrNull(params.get("resourceId"));
      if (family === null || family === "invalid") return fail("type must be IPv4 or IPv6");
      if (mask === null || mask > (family === "ipv4" ? 32 : 128)) return fail("A valid mask is required");
      if (!RIRS.some((r) => r.toLowerCase() === rir.toLowerCase())) return fail(`Invalid rir: ${rir}`);
      if (resourceId === null || !state.resources.has(resourceId)) return fail(`Resource ${params.get("resourceId") ?? ""} not found`);
      const outcome = smartAssign(
        state,
        { family, rir, mask, tags: tagList(params.get("tags")), region: params.get("region") ?? undefined },
        { resourceId, vlan: intOrNull(params.get("vlan")) },
        now,
      );
      return result(state, outcome, (b) => `Assigned ${formatOf(b)} to Resource (${resourceId}) via Smart Assign`);
    }
    case "directAssign": {
      const resourceId = intOrNull(params.get("resourceId"));
      if (resourceId === null || !state.resources.has(resourceId)) return fail(`Resource ${params.get("resourceId") ?? ""} not found`);
      const byCidr = params.get("id") === null ? parseCidr(params.get("block") ?? "") : null;
      const block = byCidr ? (findByCidr(state, byCidr) ?? byCidr) : target(state, params);
      if (typeof block === "string") return fail(block);
      return result(state, directAssign(state, block, resourceId, now), (b) => `Assigned ${formatOf(b)} to Resource (${resourceId})`);
    }
    case "unassign": {
      const block = target(state, params);
      if (typeof block === "string") return fail(block);
      return result(state, unassign(state, block, truthy(params.get("skipHolding")), now), (b) => `${formatOf(b)} unassigned`);
    }
    default:
      return fail(`Unknown action: ${action ?? ""}`);
  }
}

function blockFields(params: URLSearchParams): Partial<TBlockRecord> {
  const fields: Partial<TBlockRecord> = {};
  if (params.has("notes")) fields.notes = params.get("notes");
  if (params.has("description")) fields.description = params.get("description");
  if (params.has("region")) fields.region = params.get("region");
  if (params.has("tags")) fields.tags = tagList(params.get("tags"));
  if (params.has("vlan")) fields.vlan = intOrNull(params.get("vlan"));
  if (params.has("asn")) fields.asn = intOrNull(params.get("asn"));
  if (params.has("code")) fields.code = params.get("code");
  if (params.has("allowSubAssignments")) fields.allowSubAssignments = truthy(params.get("allowSubAssignments"));
  return fields;
}

function getBlocks(state: TProvisionState, params: URLSearchParams): TEnvelope {
  const family = familyOf(params.get("type"));
  if (family === "invalid") return fail("type must be IPv4 or IPv6");
  const blockCidr = params.get("block") ? parseCidr(params.get("block") ?? "") : undefined;
  if (blockCidr === null) return fail(`Invalid block ${params.get("block")}`);
  const id = intOrNull(params.get("id"));
  const mask = intOrNull(params.get("mask"));
  const from = addressBound(params.get("address"));
  const to = addressBound(params.get("endAddress"));
  const tags = tagList(params.get("tags"));
  const matches = [...state.blocks.values()].filter((b) => {
    const cidr = cidrOf(b);
    return (
      (!family || b.family === family) &&
      (!blockCidr || (contains(blockCidr, cidr) && blockCidr.mask === cidr.mask)) &&
      (id === null || b.id === id) &&
      (mask === null || b.mask === mask) &&
      (!params.get("rir") || b.rir.toLowerCase() === params.get("rir")?.toLowerCase()) &&
      (!params.has("isAssigned") || b.isAssigned === truthy(params.get("isAssigned"))) &&
      (!params.has("isAggregate") || b.isAggregate === truthy(params.get("isAggregate"))) &&
      tags.every((tag) => b.tags.includes(tag)) &&
      (!params.get("region") || b.region === params.get("region")) &&
      (!params.get("vlan") || b.vlan === intOrNull(params.get("vlan"))) &&
      (from === null || b.address >= from) &&
      (to === null || lastAddress(cidr) <= to)
    );
  });
  matches.sort((a, b) => (a.family !== b.family ? (a.family === "ipv4" ? -1 : 1) : a.address === b.address ? a.mask - b.mask : a.address < b.address ? -1 : 1));
  return { success: 1, message: `${matches.length} blocks found`, data: matches.map((b) => blockPayload(state, b)) };
}

/** An address filter as a decimal string or a dotted/colon address. */
function addressBound(value: string | null): bigint | null {
  if (!value) return null;
  if (/^\d+$/.test(value)) return BigInt(value);
  return parseAddress(value)?.value ?? null;
}
