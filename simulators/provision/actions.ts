import { contains, lastAddress, parseAddress, parseCidr, type TCidr, type TFamily } from "./ip";
import { blockPayload } from "./payloads";
import { RIRS, type TBlockPermissions, type TBlockRecord, type TProvisionState } from "./records";
import { addAggregate, childrenOf, cidrOf, directAssign, findByCidr, formatOf, removeSubtree, smartAssign, unassign, type TTreeResult } from "./tree";

/** The `success/message/data` envelope; application errors are success:0 with HTTP 200. */
export type TEnvelope = { success: 0 | 1; message: string; id?: number; data?: unknown };

export const fail = (message: string): TEnvelope => ({ success: 0, message });
const truthy = (value: string | null) => value === "true" || value === "1";
const tagList = (value: string | null) => (value ? value.split(",").map((t) => t.trim()).filter(Boolean) : []);
export const intOrNull = (value: string | null) => (value !== null && /^\d+$/.test(value) ? Number(value) : null);

/** update's documented parameters; `tags` is not one of them (tags have their own actions). */
const UPDATE_FIELDS = ["allowSubAssignments", "asn", "code", "lirId", "notes", "region", "rir", "vlan", "propagate"] as const;
const UPDATE_PARAMS: ReadonlySet<string> = new Set(["target", "action", "apiKey", "id", "ipid", "block", "type", ...UPDATE_FIELDS]);

/** Null when the key may do `what` to the block, else ProVision's refusal. */
function denied(block: TBlockRecord, what: keyof TBlockPermissions): TEnvelope | null {
  return block.permissions[what] ? null : fail(`Permission denied: this API key may not ${what} block ${formatOf(block)}`);
}

const isRecord = (block: TBlockRecord | TCidr): block is TBlockRecord => "id" in block;
const isCustomer = (state: TProvisionState, id: number | null) => id !== null && state.resources.get(id)?.type === "entry";

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
    case "update":
      return update(state, params, now);
    case "deleteTag": {
      const block = target(state, params);
      if (typeof block === "string") return fail(block);
      const tag = params.get("tag") ?? "";
      if (!tag) return fail("tag is required");
      if (!block.tags.includes(tag)) return fail(`Block ${formatOf(block)} has no tag ${tag}`);
      const refused = denied(block, "update");
      if (refused) return refused;
      Object.assign(block, { tags: block.tags.filter((t) => t !== tag), lastUpdated: now });
      return { success: 1, message: "Tag Removed.", data: blockPayload(state, block) };
    }
    case "getTagList":
      return { success: 1, message: "Tags Retrieved.", data: state.tagList.map((tag) => ({ ...tag })) };
    case "delete": {
      const block = target(state, params);
      if (typeof block === "string") return fail(block);
      if (block.parentId !== null) return fail("Only aggregates can be deleted; unassign the block instead");
      const refused = denied(block, "delete");
      if (refused) return refused;
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
      if (!isCustomer(state, resourceId)) return fail(`Resource ${params.get("resourceId") ?? ""} not found`);
      const outcome = smartAssign(
        state,
        { family, rir, mask, tags: tagList(params.get("tags")), region: params.get("region") ?? undefined },
        { resourceId: resourceId!, vlan: intOrNull(params.get("vlan")) },
        now,
      );
      return result(state, outcome, (b) => `Assigned ${formatOf(b)} to Resource (${resourceId}) via Smart Assign`);
    }
    case "directAssign": {
      const resourceId = intOrNull(params.get("resourceId"));
      if (!isCustomer(state, resourceId)) return fail(`Resource ${params.get("resourceId") ?? ""} not found`);
      const byCidr = params.get("id") === null ? parseCidr(params.get("block") ?? "") : null;
      const block = byCidr ? (findByCidr(state, byCidr) ?? byCidr) : target(state, params);
      if (typeof block === "string") return fail(block);
      const holder = isRecord(block) ? block : [...state.blocks.values()].find((b) => b.child1 === null && contains(cidrOf(b), block));
      const refused = holder ? denied(holder, "update") : null;
      if (refused) return refused;
      return result(state, directAssign(state, block, resourceId!, now), (b) => `Assigned ${formatOf(b)} to Resource (${resourceId})`);
    }
    case "unassign": {
      const block = target(state, params);
      if (typeof block === "string") return fail(block);
      const refused = denied(block, "update");
      if (refused) return refused;
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
  if (params.has("lirId")) fields.lirId = intOrNull(params.get("lirId"));
  if (params.has("code")) fields.code = params.get("code");
  if (params.has("allowSubAssignments")) fields.allowSubAssignments = truthy(params.get("allowSubAssignments"));
  return fields;
}

/**
 * update takes only its documented parameters: anything else (tags above all, which have their own
 * actions) is refused with success 0 rather than dropped, so a client never believes it set a field.
 */
function update(state: TProvisionState, params: URLSearchParams, now: number): TEnvelope {
  const unknown = [...params.keys()].find((name) => !UPDATE_PARAMS.has(name));
  if (unknown !== undefined) return fail(`Unknown parameter for update: ${unknown} (update takes ${UPDATE_FIELDS.join(", ")})`);
  const block = target(state, params);
  if (typeof block === "string") return fail(block);
  const refused = denied(block, "update");
  if (refused) return refused;
  const rir = params.get("rir");
  if (rir !== null && !RIRS.some((r) => r.toLowerCase() === rir.toLowerCase())) return fail(`Invalid rir: ${rir}`);
  const fields = { ...blockFields(params), ...(rir === null ? {} : { rir }), lastUpdated: now };
  Object.assign(block, fields);
  // propagate=true hands the same values down to every smaller block split from this one.
  if (truthy(params.get("propagate"))) for (const child of descendants(state, block)) Object.assign(child, fields);
  return { success: 1, message: `Block ${formatOf(block)} (${block.id}) updated`, data: blockPayload(state, block) };
}

function descendants(state: TProvisionState, block: TBlockRecord): TBlockRecord[] {
  return childrenOf(state, block).flatMap((child) => [child, ...descendants(state, child)]);
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
