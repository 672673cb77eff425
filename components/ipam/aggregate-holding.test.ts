import { describe, expect, it } from "vitest";
import type { TIpamAggregateRow, TIpamBlockRow, TIpamTree } from "@/lib/vendors/provision/schemas";
import { aggregateHolding } from "./aggregate-holding";

const summary = (id: number, cidr: string) => ({ id, cidr, family: "ipv4" as const, mask: Number(cidr.split("/")[1]), size: "0", rir: null, region: null, vlan: null, tags: [], notes: null, resourceId: null, resourceName: null, assignedTime: null, canUpdate: true, canDelete: true });
const block = (id: number, cidr: string, children: TIpamBlockRow[] = []): TIpamBlockRow => ({ ...summary(id, cidr), status: "assigned", children });
const aggregate = (id: number, cidr: string, blocks: TIpamBlockRow[], freeIds: number[] = []): TIpamAggregateRow => ({
  ...summary(id, cidr),
  status: "aggregate",
  assignedSize: "0",
  utilisation: 0,
  counts: { assigned: 0, holding: 0, available: freeIds.length },
  blocks,
  available: freeIds.map((blockId) => ({ cidr: "10.9.9.0/24", mask: 24, size: "256", blockId })),
});

describe("the aggregate that shows a block opened from the search", () => {
  const tree: TIpamTree = {
    ipv4: [aggregate(1, "10.0.0.0/16", [block(2, "10.0.3.0/24", [block(3, "10.0.3.0/28")])], [4]), aggregate(10, "10.1.0.0/16", [])],
    ipv6: [aggregate(20, "2001:db8::/32", [block(21, "2001:db8:1::/48")])],
    totalAggregates: 3,
    filtered: false,
    fetchedAt: "",
  };

  it("is the aggregate itself, the one holding the block at any depth, or the one whose free range it is", () => {
    expect([1, 2, 3, 4, 10, 21].map((id) => aggregateHolding(tree, id)?.id)).toEqual([1, 1, 1, 1, 10, 20]);
    expect(aggregateHolding(tree, 99)).toBeUndefined();
  });
});
