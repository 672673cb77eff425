import { describe, expect, it } from "vitest";
import { indexBlocks, aggregateRows } from "@/lib/ipam/block-tree";
import { collectUnreadable, describeUnreadable } from "../tolerant";
import { blockPermissions, ZProvisionBlock, ZProvisionBlockReply, ZProvisionBlocksReply, ZProvisionReply, ZProvisionResourcesReply, ZProvisionTagListReply } from "./schemas";

/** A block in the current form, shaped as the IPAM API pages document it (values our own). */
const currentBlock = (over: Record<string, unknown> = {}) => ({
  id: 7100, type: "ipv4", top_aggregate: null, cidr: "192.0.2.0\/24", formatted_ip: "192.0.2.0\/24", address: "3221225984", end_address: "3221226239",
  mask: 24, netmask: "255.255.255.0", child1: null, child2: null, is_assigned: 0, is_swipped: 0, is_aggregate: 1, custid: 12, resource_id: 12,
  resource_name: "Available", last_updated_time: null, description: null, parent: null, rir: "1918", lir_id: "1062", notes: null, generic_code: null,
  code: null, region: "SFO", region_name: "San Francisco, CA", vlan: 100, arin_net_id: null, arin_cust_id: null, org_id: null, arin_swip_time: null,
  assigned_time: "2015-01-14 10:30:31", asn: "143", allowSubAssignments: false,
  permissions: { permissionIPAMRead: "1", permissionIPAMUpdate: "1", permissionIPAMCreate: "1", permissionIPAMDelete: "1", permissionSWIP: "1", permissionAdmin: "0" },
  range: "192.0.2.0 - 192.0.2.255", tags: ["Customer", "PTP"], ...over,
});

/** The seed's older form: oct1..oct4 + mask, everything a string, zero dates. */
const olderBlock = (over: Record<string, unknown> = {}) => ({
  id: "7539", oct1: "1", oct2: "2", oct3: "3", oct4: "0", mask: "24", child1: null, child2: null, is_assigned: "0", is_swipped: "0", is_aggregate: "1",
  custid: "holding", last_updated_time: "2012-03-20 09:49:00", description: null, parent: null, rir: "ARIN", notes: "2012-03-20 09:49:00",
  generic_code: null, region: null, vlan: null, arin_net_id: null, arin_cust_id: null, arin_swip_time: "0000-00-00 00:00:00", assigned_time: "2012-03-20 09:45:12", ...over,
});

const readBlocks = (data: unknown[]) => collectUnreadable(() => ZProvisionBlocksReply.parse({ success: 1, message: `${data.length} blocks found`, data }));

describe("ProVision schemas", () => {
  it("read the documented current form and the seed's older form without leaving anything out", () => {
    const { value, unreadable } = readBlocks([currentBlock(), olderBlock()]);
    expect(unreadable).toEqual([]);
    expect(value.data).toHaveLength(2);
    expect(value.data[0]).toMatchObject({
      id: 7100, cidr: "192.0.2.0/24", type: "ipv4", mask: 24, is_aggregate: true, resource_id: 12, lir_id: 1062, asn: 143, vlan: 100,
      tags: ["Customer", "PTP"], assigned_time: "2015-01-14 10:30:31", last_updated_time: null, region_name: "San Francisco, CA",
    });
    expect(value.data[1]).toMatchObject({ id: 7539, cidr: "1.2.3.0/24", type: "ipv4", mask: 24, is_aggregate: true, arin_swip_time: null, assigned_time: "2012-03-20 09:45:12", tags: [] });
    expect("oct1" in value.data[1]!).toBe(false);
  });

  it("read numbers as strings or numbers, tags as a list, a comma string or {value, name}, and IPv6", () => {
    const block = ZProvisionBlock.parse({
      id: 12, type: "IPv6", cidr: "2001:db8::/48", mask: 48, address: "42540766411282592856903984951653826560",
      is_assigned: 1, resource_id: "42", vlan: "", tags: "customer, vpn/edge", last_updated_time: "2024-03-20 09:49:00", extra: "kept",
    });
    expect(block).toMatchObject({ id: 12, type: "ipv6", mask: 48, is_assigned: true, resource_id: 42, vlan: null, tags: ["customer", "vpn/edge"], extra: "kept" });
    expect(ZProvisionBlock.parse(currentBlock({ tags: [{ value: "LTE", name: "LTE Mobile" }, "IT", 7] })).tags).toEqual(["LTE", "IT"]);
  });

  it("read dates as SQL, ISO, epoch or none", () => {
    const dates = (value: unknown) => ZProvisionBlock.parse(currentBlock({ assigned_time: value })).assigned_time;
    expect(dates("2024-03-20 09:49:00")).toBe("2024-03-20 09:49:00");
    expect(dates("2024-03-20T09:49:00Z")).toBe("2024-03-20T09:49:00Z");
    expect(dates("0000-00-00 00:00:00")).toBeNull();
    expect(dates("")).toBeNull();
    expect(dates(null)).toBeNull();
    expect(dates(1_710_928_140)).toBe("2024-03-20 09:49:00");
    expect(dates("1710928140000")).toBe("2024-03-20 09:49:00");
  });

  it("leave one broken block out with its reason and keep the rest, its children under their aggregate", () => {
    const aggregate = currentBlock({ id: 1, cidr: "10.0.0.0/16", child1: 2, child2: 3 });
    const split = currentBlock({ id: 2, cidr: "10.0.0.0/17", parent: 1, top_aggregate: 1, is_aggregate: 0, mask: "/17" });
    const assigned = currentBlock({ id: 4, cidr: "10.0.0.0/24", parent: 2, top_aggregate: 1, is_aggregate: 0, is_assigned: 1, resource_id: 42, resource_name: "Acme" });
    const { value, unreadable } = readBlocks([aggregate, split, assigned]);
    expect(value.data.map((b) => b.id)).toEqual([1, 4]);
    expect(unreadable.map(describeUnreadable)).toEqual(["block 2 (2): mask — not a number: /17"]);
    const [row] = aggregateRows(indexBlocks(value.data));
    expect(row).toMatchObject({ cidr: "10.0.0.0/16", assignedSize: "256", blocks: [expect.objectContaining({ cidr: "10.0.0.0/24", resourceName: "Acme" })] });
  });

  it("take a change's reply without its block, or with one it cannot read, as a change without data", () => {
    expect(ZProvisionBlockReply.parse({ success: 1, message: "10.0.0.0/24 assigned to SJS-0031", id: "12345" })).toMatchObject({ id: 12345, data: null });
    expect(ZProvisionBlockReply.parse({ success: 1, message: "Tag Removed.", data: { id: 5, cidr: "odd" } }).data).toBeNull();
    expect(ZProvisionBlockReply.parse({ success: 1, message: "1 blocks updated", data: [currentBlock()] }).data).toMatchObject({ id: 7100 });
    expect(ZProvisionReply.parse({ success: "0", message: "Unable to assign block" })).toEqual({ success: 0, message: "Unable to assign block" });
  });

  it("read resources and the tag list as documented, one misfit left out with its reason", () => {
    const resources = collectUnreadable(() =>
      ZProvisionResourcesReply.parse({
        success: 1, message: "Search successful",
        data: [{ id: "61", name: "Initrode", slug: "initrode", type: "entry", parent_id: "1", category_id: null, attr: [] }, { name: "no id" }, { id: 62, name: null, type: "entry" }],
      }),
    );
    expect(resources.value.data.map((r) => [r.id, r.name, r.type])).toEqual([[61, "Initrode", "entry"], [62, null, "entry"]]);
    expect(resources.unreadable.map(describeUnreadable)).toEqual(["resource 2 (no id): id — resource without id"]);
    const tags = collectUnreadable(() => ZProvisionTagListReply.parse({ success: 1, message: "Tags Retrieved.", data: [{ value: "PTP", name: "Point to Point" }, "VOIP", { name: 3 }] }));
    expect(tags.value.data).toEqual([{ value: "PTP", name: "Point to Point" }, { value: "VOIP", name: "VOIP" }]);
    expect(tags.unreadable).toHaveLength(1);
  });

  it("read a block's permissions: an absent flag does not forbid, admin allows everything", () => {
    expect(blockPermissions(undefined)).toEqual({ update: true, delete: true });
    expect(blockPermissions({ permissionIPAMRead: "1", permissionIPAMUpdate: "0", permissionIPAMDelete: "0" })).toEqual({ update: false, delete: false });
    expect(blockPermissions({ permissionIPAMUpdate: "1" })).toEqual({ update: true, delete: true });
    expect(blockPermissions({ permissionIPAMUpdate: 0, permissionIPAMDelete: "0", permissionAdmin: "1" })).toEqual({ update: true, delete: true });
  });
});
