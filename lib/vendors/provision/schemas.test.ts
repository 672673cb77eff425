import { describe, expect, it } from "vitest";
import { ZProvisionBlock, ZProvisionBlocksReply, ZProvisionReply } from "./schemas";

describe("ProVision schemas", () => {
  it("reads the seed's older block form: oct1..oct4 + mask, numbers as strings, zero dates", () => {
    const reply = ZProvisionBlocksReply.parse({
      success: 1,
      message: "1 blocks found",
      data: [
        {
          id: "7539", oct1: "1", oct2: "2", oct3: "3", oct4: "0", mask: "24", child1: null, child2: null,
          is_assigned: "0", is_swipped: "0", is_aggregate: "1", custid: "holding", last_updated_time: "2012-03-20 09:49:00",
          description: null, parent: null, rir: "ARIN", notes: "2012-03-20 09:49:00", generic_code: null, region: null,
          vlan: null, arin_net_id: null, arin_cust_id: null, arin_swip_time: "0000-00-00 00:00:00", assigned_time: "2012-03-20 09:45:12",
        },
      ],
    });
    expect(reply.data[0]).toMatchObject({
      id: 7539, cidr: "1.2.3.0/24", type: "ipv4", mask: 24, is_aggregate: true, is_assigned: false,
      arin_swip_time: null, assigned_time: "2012-03-20 09:45:12", tags: [],
    });
    expect("oct1" in reply.data[0]).toBe(false);
  });

  it("reads the current form with numbers or strings, comma-separated tags, and IPv6", () => {
    const block = ZProvisionBlock.parse({
      id: 12, type: "IPv6", cidr: "2001:db8::/48", mask: 48, address: "42540766411282592856903984951653826560",
      is_assigned: 1, resource_id: "42", vlan: "", tags: "customer, vpn/edge", last_updated_time: "2024-03-20 09:49:00", extra: "kept",
    });
    expect(block).toMatchObject({ id: 12, type: "ipv6", mask: 48, is_assigned: true, resource_id: 42, vlan: null, tags: ["customer", "vpn/edge"], extra: "kept" });
  });

  it("refuses a block with neither form, and reads an error envelope", () => {
    expect(ZProvisionBlock.safeParse({ id: "1", mask: "24" }).success).toBe(false);
    expect(ZProvisionReply.parse({ success: "0", message: "Unable to assign block" })).toEqual({ success: 0, message: "Unable to assign block" });
  });
});
