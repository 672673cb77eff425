import { z } from "zod";
import { zItems, ZUnreadableSummary } from "../tolerant";
import { PROVISION_RIRS } from "./rirs";

export { PROVISION_RIRS } from "./rirs";

/**
 * 6connect ProVision's payloads. Numbers often arrive as strings, flags as 0/1 or "0"/"1",
 * empty dates as "0000-00-00 00:00:00", and older instances send oct1..oct4 + mask instead of
 * a cidr: all of it is normalised here.
 */
const zFlag = z
  .union([z.boolean(), z.number(), z.string()])
  .nullish()
  .transform((flag) => flag === true || flag === 1 || flag === "1" || flag === "true");

const zInteger = z
  .union([z.number(), z.string()])
  .nullish()
  .transform((value, ctx) => {
    if (value === null || value === undefined || value === "") return null;
    const n = Number(value);
    if (!Number.isFinite(n)) {
      ctx.addIssue({ code: "custom", message: `not a number: ${value}` });
      return z.NEVER;
    }
    return n;
  });

const zText = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((value) => (value === null || value === undefined ? null : String(value)));

/** "YYYY-MM-DD HH:MM:SS" in UTC, the form ProVision writes its own dates in. */
const sqlDate = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace("T", " ");

/**
 * A date as ProVision sent it: "2024-03-20 09:49:00" or ISO 8601 kept as sent; null, "" and the
 * zero date "0000-00-00 00:00:00" read as none; epoch seconds or milliseconds as the SQL form.
 */
const zProvisionDate = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((date) => {
    if (date === null || date === undefined || date === "") return null;
    if (typeof date === "number") return Number.isFinite(date) && date > 0 ? sqlDate(date < 1e11 ? date * 1000 : date) : null;
    if (/^\d{10,13}$/.test(date)) return sqlDate(date.length <= 11 ? Number(date) * 1000 : Number(date));
    return /^0{4}-0{2}-0{2}/.test(date) ? null : date;
  });

/** Tags as a list, a comma-separated string, or a list of {name|value} objects (other instances). */
const zTags = z
  .union([z.array(z.unknown()), z.string()])
  .nullish()
  .transform((tags): string[] => {
    if (!tags) return [];
    if (typeof tags === "string") return tags.split(",").map((tag) => tag.trim()).filter(Boolean);
    return tags.flatMap((tag) => {
      const text = typeof tag === "string" ? tag : tag && typeof tag === "object" ? ((tag as { value?: unknown; name?: unknown }).value ?? (tag as { name?: unknown }).name) : undefined;
      return typeof text === "string" && text.trim() ? [text.trim()] : [];
    });
  });

export const ZProvisionRir = z.enum(PROVISION_RIRS);
export const ZProvisionBlockType = z.enum(["IPv4", "IPv6"]);

const ZProvisionBlockWire = z.looseObject({
  id: zInteger,
  type: z.string().nullish(),
  top_aggregate: zInteger,
  cidr: z.string().nullish(),
  oct1: zText,
  oct2: zText,
  oct3: zText,
  oct4: zText,
  mask: zInteger,
  formatted_ip: zText,
  /** Decimal strings: IPv6 addresses do not fit in a number. */
  address: zText,
  end_address: zText,
  child1: zInteger,
  child2: zInteger,
  parent: zInteger,
  is_assigned: zFlag,
  is_swipped: zFlag,
  is_aggregate: zFlag,
  custid: zText,
  resource_id: zInteger,
  resource_name: zText,
  description: zText,
  notes: zText,
  rir: zText,
  lir_id: zInteger,
  code: zText,
  generic_code: zText,
  region: zText,
  vlan: zInteger,
  asn: zInteger,
  allowSubAssignments: zFlag,
  range: zText,
  tags: zTags,
  last_updated_time: zProvisionDate,
  assigned_time: zProvisionDate,
  arin_swip_time: zProvisionDate,
  arin_net_id: zText,
  arin_cust_id: zText,
  /** {permissionIPAMRead, …Update, …Create, …Delete, permissionSWIP, permissionAdmin}: "1"/"0" per key; read with blockPermissions. */
  permissions: z.unknown().optional(),
});

const hasOctets = (b: z.infer<typeof ZProvisionBlockWire>) =>
  b.oct1 !== null && b.oct2 !== null && b.oct3 !== null && b.oct4 !== null && b.mask !== null;

/** A block in either form, normalised: always an id, a cidr, a type ("ipv4"/"ipv6") and a mask. */
export const ZProvisionBlock = ZProvisionBlockWire.refine((b) => b.id !== null, { message: "block without id" })
  .refine((b) => Boolean(b.cidr) || hasOctets(b), { message: "block has neither cidr nor oct1..oct4 + mask" })
  .transform((b) => {
    const { oct1, oct2, oct3, oct4, ...block } = b;
    const cidr = b.cidr || `${oct1}.${oct2}.${oct3}.${oct4}/${b.mask}`;
    const family = (b.type ?? "").toLowerCase();
    return {
      ...block,
      id: b.id as number,
      cidr,
      type: family === "ipv4" || family === "ipv6" ? family : cidr.includes(":") ? "ipv6" : "ipv4",
      mask: b.mask ?? Number(cidr.split("/")[1]),
    };
  })
  // The tree does arithmetic on it: a block whose cidr is not one is left out, not a failed page.
  .refine((b) => z.cidrv4().safeParse(b.cidr).success || z.cidrv6().safeParse(b.cidr).success, { message: "cidr is not a CIDR block", path: ["cidr"] });
export type TProvisionBlock = z.infer<typeof ZProvisionBlock>;

const zSuccess = z.union([z.number(), z.string(), z.boolean()]).transform((s): 0 | 1 => (s === 1 || s === "1" || s === true ? 1 : 0));

/** The envelope every answer comes in; success 0 is an application error sent with HTTP 200 (and often no data). */
export function zProvisionEnvelope<T extends z.ZodType>(data: T) {
  return z.looseObject({
    success: zSuccess,
    message: z
      .string()
      .nullish()
      .transform((m) => m ?? ""),
    id: zInteger.optional(),
    data,
  });
}

/** action=get: a list of blocks, read block by block (absent or null when none matched). */
export const ZProvisionBlocksReply = zProvisionEnvelope(zItems(ZProvisionBlock, "block"));
export type TProvisionBlocksReply = z.infer<typeof ZProvisionBlocksReply>;

/**
 * add, update, smartAssign, directAssign, unassign, deleteTag: the block as it is now, or null when
 * the reply has none or one Patchbay cannot read. The change happened either way: the caller reads
 * the block back by id rather than failing a change that ProVision made.
 */
export const ZProvisionBlockReply = zProvisionEnvelope(
  z.unknown().optional().transform((data) => {
    const block = ZProvisionBlock.safeParse(Array.isArray(data) ? data[0] : data);
    return block.success ? block.data : null;
  }),
);
export type TProvisionBlockReply = z.infer<typeof ZProvisionBlockReply>;

/** Any reply, read for success and message only (delete, errors). */
export const ZProvisionReply = zProvisionEnvelope(z.unknown().optional());
export type TProvisionReply = z.infer<typeof ZProvisionReply>;

/** target=resource&action=get: resources (customers are `entry` resources), read one by one. */
const ZProvisionResource = z
  .looseObject({ id: zInteger, name: zText, slug: zText, type: zText, parent_id: zInteger, category_id: zInteger })
  .refine((r) => r.id !== null, { message: "resource without id", path: ["id"] })
  .transform((r) => ({ ...r, id: r.id as number }));
export type TProvisionResource = z.infer<typeof ZProvisionResource>;
export const ZProvisionResourcesReply = zProvisionEnvelope(zItems(ZProvisionResource, "resource"));

/** action=getTagList: the IPAM tags an admin set up, as {value, name} (or plain strings elsewhere). */
const ZProvisionTag = z.union([
  z.string().min(1).transform((value) => ({ value, name: value })),
  z.looseObject({ value: z.union([z.string(), z.number()]).transform(String), name: zText }).transform((t) => ({ value: t.value, name: t.name ?? t.value })),
]);
export const ZProvisionTagListReply = zProvisionEnvelope(zItems(ZProvisionTag, "tag"));

/** What a block's `permissions` let this API key do; a flag that is absent (older instances) does not forbid. */
export function blockPermissions(raw: unknown): { update: boolean; delete: boolean } {
  const flags = raw && typeof raw === "object" ? (raw as Record<string, unknown>) : {};
  const on = (value: unknown) => value === true || value === 1 || value === "1" || value === "true";
  const allows = (name: string) => on(flags.permissionAdmin) || !(name in flags) || on(flags[name]);
  return { update: allows("permissionIPAMUpdate"), delete: allows("permissionIPAMDelete") };
}

// ---- Views the BFF returns (IPAM as a planner reads it; sizes are decimal strings: IPv6 needs BigInt) ----

/** aggregate: a top block; assigned: given to a resource; holding: released, not yet free; split: only divided; free: unused. */
export const ZIpamBlockStatus = z.enum(["aggregate", "assigned", "holding", "split", "free"]);
export type TIpamBlockStatus = z.infer<typeof ZIpamBlockStatus>;
export const ZIpamFamily = z.enum(["ipv4", "ipv6"]);

export const ZIpamBlockSummary = z.object({
  id: z.number(),
  cidr: z.string(),
  family: ZIpamFamily,
  mask: z.number(),
  status: ZIpamBlockStatus,
  size: z.string(),
  rir: z.string().nullable(),
  region: z.string().nullable(),
  vlan: z.number().nullable(),
  tags: z.array(z.string()),
  notes: z.string().nullable(),
  resourceId: z.number().nullable(),
  resourceName: z.string().nullable(),
  assignedTime: z.string().nullable(),
  /** What ProVision's `permissions` on the block let this connection's key do. */
  canUpdate: z.boolean(),
  canDelete: z.boolean(),
});
export type TIpamBlockSummary = z.infer<typeof ZIpamBlockSummary>;

/** A block under an aggregate (assigned or in holding), with the blocks assigned inside it. */
export const ZIpamBlockRow = ZIpamBlockSummary.extend({
  get children(): z.ZodArray<typeof ZIpamBlockRow> {
    return z.array(ZIpamBlockRow);
  },
});
export type TIpamBlockRow = z.infer<typeof ZIpamBlockRow>;

/** Free space inside an aggregate: the fewest CIDR blocks, largest first; `blockId` when ProVision has that exact block. */
export const ZIpamAvailableRow = z.object({ cidr: z.string(), mask: z.number(), size: z.string(), blockId: z.number().nullable() });
export type TIpamAvailableRow = z.infer<typeof ZIpamAvailableRow>;

export const ZIpamAggregateRow = ZIpamBlockSummary.extend({
  assignedSize: z.string(),
  /** assigned addresses / size, 0..1 (six decimals). */
  utilisation: z.number(),
  counts: z.object({ assigned: z.number(), holding: z.number(), available: z.number() }),
  blocks: z.array(ZIpamBlockRow),
  available: z.array(ZIpamAvailableRow),
});
export type TIpamAggregateRow = z.infer<typeof ZIpamAggregateRow>;

export const ZIpamResource = z.object({ id: z.number(), name: z.string().nullable() });
export type TIpamResource = z.infer<typeof ZIpamResource>;

/** GET …/resources: every customer (entry resource) ProVision has, by name, for the assign dialogs. */
export const ZIpamResources = z.object({ resources: z.array(ZIpamResource), fetchedAt: z.string(), unreadable: ZUnreadableSummary.optional() });
export type TIpamResources = z.infer<typeof ZIpamResources>;

/** GET …/tags: the IPAM tags set up in ProVision. */
export const ZIpamTags = z.object({ tags: z.array(z.object({ value: z.string(), name: z.string() })), unreadable: ZUnreadableSummary.optional() });
export type TIpamTags = z.infer<typeof ZIpamTags>;

/** GET …/blocks: the aggregates of both families with what is inside them. */
export const ZIpamTree = z.object({
  ipv4: z.array(ZIpamAggregateRow),
  ipv6: z.array(ZIpamAggregateRow),
  /** Aggregates before the filters, to say "n of m". */
  totalAggregates: z.number(),
  filtered: z.boolean(),
  fetchedAt: z.string(),
  /** The blocks ProVision sent that Patchbay could not read, left out of the tree (added by the BFF). */
  unreadable: ZUnreadableSummary.optional(),
});
export type TIpamTree = z.infer<typeof ZIpamTree>;

export const ZIpamChainLink = ZIpamBlockSummary.pick({ id: true, cidr: true, status: true });
export type TIpamChainLink = z.infer<typeof ZIpamChainLink>;

/** GET …/search?q=: where an address or block sits. */
export const ZIpamSearchResult = z.object({
  query: z.string(),
  aggregate: ZIpamChainLink.nullable(),
  /** The deepest aggregate or assigned/held block that holds all of the query. */
  block: ZIpamBlockSummary.nullable(),
  /** The free block that holds it, when it is unassigned space. */
  available: ZIpamAvailableRow.nullable(),
  /** From the aggregate down to `block`. */
  path: z.array(ZIpamChainLink),
});
export type TIpamSearchResult = z.infer<typeof ZIpamSearchResult>;

/** GET …/blocks/:id: every field ProVision sent, the parent chain (aggregate first) and what is inside. */
export type TIpamBlockDetail = {
  block: TIpamBlockSummary;
  fields: TProvisionBlock;
  chain: TIpamChainLink[];
  children: TIpamBlockRow[];
  available: TIpamAvailableRow[];
  fetchedAt: string;
};

/** What a Smart Assign, Direct Assign, Unassign, add or edit answers: the block as it is now and ProVision's words. */
export const ZIpamChangeResult = z.object({ block: ZIpamBlockSummary.nullable(), message: z.string() });
export type TIpamChangeResult = z.infer<typeof ZIpamChangeResult>;
