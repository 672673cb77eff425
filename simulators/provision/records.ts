import type { TFamily } from "./ip";

/** What the API key may do to a block (ProVision sends it as `permissions` on every block). */
export type TBlockPermissions = { read: boolean; update: boolean; create: boolean; delete: boolean };
export const FULL_PERMISSIONS: TBlockPermissions = { read: true, update: true, create: true, delete: true };

/** One node of the IPAM tree: an aggregate, a split, or a leaf (free, assigned or in holding). */
export type TBlockRecord = {
  id: number;
  family: TFamily;
  address: bigint;
  mask: number;
  parentId: number | null;
  child1: number | null;
  child2: number | null;
  topAggregateId: number;
  isAggregate: boolean;
  isAssigned: boolean;
  /** Unassigned without skipHolding: kept out of the free space until released. */
  holding: boolean;
  resourceId: number | null;
  rir: string;
  tags: string[];
  region: string | null;
  vlan: number | null;
  asn: number | null;
  lirId: number | null;
  notes: string | null;
  description: string | null;
  code: string | null;
  genericCode: string | null;
  allowSubAssignments: boolean;
  lastUpdated: number;
  assignedTime: number | null;
  permissions: TBlockPermissions;
};

/** A resource (target=resource): customers are `entry` resources; categories and fields describe them. */
export type TResourceRecord = {
  id: number;
  name: string;
  slug: string;
  type: "entry" | "category" | "field";
  parentId: number | null;
  categoryId: number | null;
};

export type TProvisionSettings = {
  /** Serve blocks the older way: oct1..oct4 + mask, "0000-00-00 00:00:00" for empty dates. */
  legacyBlockForm: boolean;
  /** Serve this block (by CIDR) with a mask no client can read, as a drifted instance might. */
  unreadableBlock: string | null;
};

export type TProvisionState = {
  settings: TProvisionSettings;
  blocks: Map<number, TBlockRecord>;
  nextId: number;
  /** Every resource by id; blocks are assigned to `entry` resources only. */
  resources: Map<number, TResourceRecord>;
  /** The IPAM tags an admin set up (getTagList). */
  tagList: Array<{ value: string; name: string }>;
  /** Signed calls that reached the API, by "target.action" (a call whose reply was then lost counts too). */
  calls: Map<string, number>;
};

export const RIRS = ["ARIN", "RIPE", "APNIC", "AfriNIC", "LACNIC", "1918"] as const;

export const resourceName = (state: TProvisionState, id: number | null) => (id === null ? null : (state.resources.get(id)?.name ?? null));
