import type { TFamily } from "./ip";

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
  notes: string | null;
  description: string | null;
  code: string | null;
  genericCode: string | null;
  allowSubAssignments: boolean;
  lastUpdated: number;
  assignedTime: number | null;
};

export type TProvisionSettings = {
  /** Serve blocks the older way: oct1..oct4 + mask, "0000-00-00 00:00:00" for empty dates. */
  legacyBlockForm: boolean;
};

export type TProvisionState = {
  settings: TProvisionSettings;
  blocks: Map<number, TBlockRecord>;
  nextId: number;
  /** Resource holders blocks are assigned to: id → name. */
  resources: Map<number, string>;
};

export const RIRS = ["ARIN", "RIPE", "APNIC", "AfriNIC", "LACNIC", "1918"] as const;
