import { z } from "zod";
import { PROVISION_RIRS, ZProvisionBlockType } from "@/lib/vendors/provision/schemas";
import { ZAddressOrCidr, ZCidr } from "./cidr-schemas";

/** What the IPAM forms send and the BFF accepts: one schema for both, so their errors agree. */
export const ZIpamRir = z.enum(PROVISION_RIRS, { error: `Choose one of ${PROVISION_RIRS.join(", ")}` });

const zBlockId = z.coerce.number({ error: "A block id is a number" }).int().positive();
const zResourceId = z.coerce.number({ error: "A resource id is a number" }).int().positive("A resource id is a positive number");
const zVlan = z.coerce.number({ error: "A VLAN is a number" }).int().min(1, "VLANs are 1–4094").max(4094, "VLANs are 1–4094");
const zTag = z.string().trim().min(1).max(64).refine((tag) => !tag.includes(","), "A tag cannot contain a comma: ProVision separates tags with commas");
const zText = (max: number) => z.string().trim().max(max);
// Forms send "" for an empty field and tags as "a, b"; the API sends JSON. One schema reads both.
const blankAs = <T>(value: T) => (input: unknown) => (input === "" || (typeof input === "string" && input.trim() === "") ? value : input);
const optional = <S extends z.ZodType>(schema: S) => z.preprocess(blankAs(undefined), schema.optional());
const zTags = z.preprocess(
  (input) => (typeof input === "string" ? input.split(",").map((tag) => tag.trim()).filter(Boolean) : input),
  z.array(zTag).max(20, "At most 20 tags"),
);

/** Smart Assign: ProVision picks the first free block of `mask` in an aggregate that matches. */
export const ZSmartAssignInput = z
  .object({
    type: ZProvisionBlockType,
    mask: z.coerce.number({ error: "Choose a mask" }).int(),
    rir: ZIpamRir,
    resourceId: zResourceId,
    tags: zTags.optional(),
    region: zText(64).optional(),
    vlan: optional(zVlan),
  })
  .superRefine((input, ctx) => {
    const max = input.type === "IPv4" ? 32 : 128;
    if (input.mask < 1 || input.mask > max) ctx.addIssue({ code: "custom", path: ["mask"], message: `An ${input.type} mask is /1–/${max}` });
  });
export type TSmartAssignInput = z.infer<typeof ZSmartAssignInput>;

/** A block named by its CIDR or its ProVision id (exactly one). */
const zBlockRef = z.object({ block: optional(ZCidr), id: optional(zBlockId) });
const oneRef = (ref: { block?: string; id?: number }) => (ref.block === undefined) !== (ref.id === undefined);
const ONE_REF = { message: "Name the block by its CIDR or by its id (one of them)", path: ["block"] };

export const ZDirectAssignInput = zBlockRef.extend({ resourceId: zResourceId }).refine(oneRef, ONE_REF);
export type TDirectAssignInput = z.infer<typeof ZDirectAssignInput>;

export const ZUnassignInput = zBlockRef.extend({ skipHolding: z.boolean().default(false) }).refine(oneRef, ONE_REF);
export type TUnassignInput = z.infer<typeof ZUnassignInput>;

export const ZAddAggregateInput = z.object({
  block: ZCidr,
  rir: ZIpamRir,
  notes: zText(1000).optional(),
  region: zText(64).optional(),
  tags: zTags.optional(),
  vlan: optional(zVlan),
  asn: optional(z.coerce.number({ error: "An ASN is a number" }).int().min(1, "ASNs are 1–4294967295").max(4_294_967_295, "ASNs are 1–4294967295")),
});
export type TAddAggregateInput = z.infer<typeof ZAddAggregateInput>;

/**
 * Edit (ProVision's update): only the fields sent change; `null` (VLAN) or "" (notes, region) clears.
 * No tags: update takes none; a tag is removed on its own (ZRemoveTagInput) and given when a block is added.
 */
export const ZEditBlockInput = z
  .object({ notes: zText(1000).optional(), region: zText(64).optional(), vlan: z.preprocess(blankAs(null), zVlan.nullable().optional()) })
  .refine((edit) => Object.values(edit).some((value) => value !== undefined), "Change at least one of notes, region or VLAN");
export type TEditBlockInput = z.infer<typeof ZEditBlockInput>;

/** ProVision's deleteTag: one tag off one block. */
export const ZRemoveTagInput = z.object({ tag: zTag });
export type TRemoveTagInput = z.infer<typeof ZRemoveTagInput>;

export const ZDeleteBlockInput = z.object({ force: z.boolean().default(false) });
export type TDeleteBlockInput = z.infer<typeof ZDeleteBlockInput>;

const zOptionalText = z.string().trim().optional().transform((text) => text || undefined);

/** GET …/blocks filters, from the query string ("" means no filter). */
export const ZIpamTreeQuery = z.object({
  type: optional(ZProvisionBlockType),
  rir: optional(ZIpamRir),
  assigned: optional(z.enum(["assigned", "unassigned"])),
  region: zOptionalText,
  vlan: optional(zVlan),
  tags: zOptionalText.transform((text) => (text ? text.split(",").map((tag) => tag.trim()).filter(Boolean) : undefined)),
});
export type TIpamTreeQuery = z.infer<typeof ZIpamTreeQuery>;

export const ZIpamSearchQuery = z.object({ q: ZAddressOrCidr });
