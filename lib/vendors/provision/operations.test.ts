import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { blockSize } from "@/lib/ipam/cidr";
import { callOperation, type TOperationCall } from "@/lib/server/operations/testing/call-operation";
import { testConnectionOf } from "@/lib/server/upstream/testing/test-server";
import { withUnreadableScope } from "@/lib/server/upstream/unreadable-scope";
import { startSimulators, type TRunningSimulators } from "@/simulators";
import { provisionOperations } from "./operations";
import { ZIpamSearchResult, ZIpamTree, type TIpamAggregateRow, type TIpamBlockDetail } from "./schemas";

let sims: TRunningSimulators;
beforeAll(async () => {
  sims = await startSimulators({ port: 0, seed: 3 });
});
afterAll(() => sims.close());
beforeEach(() => sims.simulators.provision.reset());

// A new connection id per call: nothing read is served from another call's short cache.
const connection = () => testConnectionOf("provision", sims.urls.provision, { ...sims.credentials.provision });
const run = (method: string, path: string, call?: TOperationCall) => callOperation(provisionOperations, connection(), method, path, call);
const tree = async (input: Record<string, string> = {}) => ZIpamTree.parse(await run("GET", "blocks", { input }));
const aggregate = (rows: TIpamAggregateRow[], cidr: string) => rows.find((a) => a.cidr === cidr)!;

/** The simulator's own truth: assigned addresses per aggregate, from its in-memory state. */
function simulatorUtilisation(): Map<string, { assigned: bigint; size: bigint }> {
  const blocks = [...sims.simulators.provision.state.blocks.values()];
  const bits = (family: string) => (family === "ipv4" ? 32 : 128);
  const size = (b: (typeof blocks)[number]) => 1n << BigInt(bits(b.family) - b.mask);
  const result = new Map<string, { assigned: bigint; size: bigint }>();
  for (const top of blocks.filter((b) => b.parentId === null)) {
    const assigned = blocks.filter((b) => b.topAggregateId === top.id && b.isAssigned).reduce((sum, b) => sum + size(b), 0n);
    result.set(String(top.id), { assigned, size: size(top) });
  }
  return result;
}

describe("ProVision IPAM tree", () => {
  it("shows every aggregate of both families with its utilisation, counts and free space, largest first", async () => {
    const view = await tree();
    expect(view.ipv4.map((a) => a.cidr)).toEqual(["10.0.0.0/16", "172.16.0.0/20", "192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24"]);
    expect(view.ipv6.map((a) => a.cidr)).toEqual(["2001:db8::/32", "3fff::/20"]);
    expect(view.totalAggregates).toBe(7);
    for (const row of [...view.ipv4, ...view.ipv6]) {
      const truth = simulatorUtilisation().get(String(row.id))!;
      expect([row.assignedSize, row.size]).toEqual([truth.assigned.toString(), truth.size.toString()]);
      expect(row.utilisation).toBeCloseTo(Number((truth.assigned * 1_000_000n) / truth.size) / 1_000_000, 6);
    }

    const office = aggregate(view.ipv4, "10.0.0.0/16");
    expect(office).toMatchObject({ status: "aggregate", rir: "1918", region: "NYC", size: "65536", assignedSize: String(256 + 256 + 1024 + 4096), counts: { assigned: 4, holding: 1, available: 6 } });
    expect(office.blocks.map((b) => [b.cidr, b.status, b.resourceName])).toEqual([
      ["10.0.0.0/24", "assigned", "Acme Corp"],
      ["10.0.1.0/24", "assigned", "Globex NYC POP"],
      ["10.0.2.0/24", "holding", null],
      ["10.0.4.0/22", "assigned", "Initech Backbone"],
      ["10.0.32.0/20", "assigned", "Umbrella Labs"],
    ]);
    expect(office.available.map((r) => r.cidr)).toEqual(["10.0.128.0/17", "10.0.64.0/18", "10.0.16.0/20", "10.0.48.0/20", "10.0.8.0/21", "10.0.3.0/24"]);
    // Each free range is a block ProVision already keeps (the tree splits in halves).
    expect(office.available.every((r) => r.blockId !== null)).toBe(true);

    const v6 = aggregate(view.ipv6, "2001:db8::/32");
    expect(v6.size).toBe((2n ** 96n).toString());
    expect(v6.assignedSize).toBe((2n * 2n ** 80n + 2n ** 88n).toString());
    expect(v6.available[0]).toMatchObject({ cidr: "2001:db8:8000::/33", size: blockSize("2001:db8:8000::/33").toString() });
  });

  it("leaves out a block it cannot read, says why, and shows the rest", async () => {
    sims.simulators.provision.control.configure({ unreadableBlock: "10.0.4.0/22" });
    const { value, unreadable } = await withUnreadableScope(() => tree());
    expect(unreadable).toEqual({ count: 1, reasons: [expect.stringMatching(/^block \d+ \(\d+\): mask — not a number: \/22$/)] });
    expect(value.ipv4.map((a) => a.cidr)).toEqual(["10.0.0.0/16", "172.16.0.0/20", "192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24"]);
    expect(aggregate(value.ipv4, "10.0.0.0/16").blocks.map((b) => b.cidr)).toEqual(["10.0.0.0/24", "10.0.1.0/24", "10.0.2.0/24", "10.0.32.0/20"]);
  });

  it("reads the older oct1..oct4 form into the same IPv4 tree", async () => {
    const current = await tree({ type: "IPv4" });
    sims.simulators.provision.control.configure({ legacyBlockForm: true });
    const legacy = await tree({ type: "IPv4" });
    const shape = (rows: TIpamAggregateRow[]) => rows.map((a) => [a.cidr, a.assignedSize, a.utilisation, a.blocks.map((b) => [b.cidr, b.status]), a.available.map((r) => r.cidr)]);
    expect(shape(legacy.ipv4)).toEqual(shape(current.ipv4));
    expect(legacy.ipv6).toEqual([]);
  });

  it("filters by type and RIR, and inside aggregates by assigned, region, VLAN and tags", async () => {
    expect((await tree({ type: "IPv6" })).ipv4).toEqual([]);
    expect((await tree({ rir: "ARIN" })).ipv4.map((a) => a.cidr)).toEqual(["198.51.100.0/24"]);
    const assigned = await tree({ assigned: "assigned", tags: "customer" });
    expect(assigned.filtered).toBe(true);
    expect(aggregate(assigned.ipv4, "198.51.100.0/24").blocks.map((b) => b.cidr)).toEqual(["198.51.100.0/28", "198.51.100.64/27", "198.51.100.128/29"]);
    expect(aggregate(assigned.ipv4, "198.51.100.0/24").available).toEqual([]);
    expect(assigned.ipv4.some((a) => a.cidr === "192.0.2.0/24")).toBe(false); // nothing assigned there
    const free = await tree({ assigned: "unassigned", region: "syd" });
    expect(free.ipv4.map((a) => [a.cidr, a.blocks.length, a.available.map((r) => r.cidr)])).toEqual([["203.0.113.0/24", 0, ["203.0.113.128/25"]]]);
    expect(aggregate(free.ipv4, "203.0.113.0/24").utilisation).toBe(0.5); // the bar still describes the whole aggregate

    await run("PATCH", `blocks/${aggregate((await tree()).ipv4, "10.0.0.0/16").blocks[0]!.id}`, { input: { vlan: 120 }, role: "operator" });
    const vlan = await tree({ vlan: "120" });
    expect(vlan.ipv4.map((a) => [a.cidr, a.blocks.map((b) => b.cidr)])).toEqual([["10.0.0.0/16", ["10.0.0.0/24"]]]);
  });

  it("finds the block that holds an address or a CIDR", async () => {
    const search = async (q: string) => ZIpamSearchResult.parse(await run("GET", "search", { input: { q } }));
    expect(await search("10.0.0.77")).toMatchObject({ aggregate: { cidr: "10.0.0.0/16" }, block: { cidr: "10.0.0.0/24", status: "assigned", resourceName: "Acme Corp" }, available: null });
    expect(await search("10.0.3.7")).toMatchObject({ block: { cidr: "10.0.0.0/16", status: "aggregate" }, available: { cidr: "10.0.3.0/24" } });
    expect(await search("10.0.64.0/20")).toMatchObject({ available: { cidr: "10.0.64.0/18" } });
    expect(await search("2001:DB8:1::42")).toMatchObject({ query: "2001:db8:1::42", block: { cidr: "2001:db8:1::/48", resourceName: "Globex NYC POP" } });
    expect(await search("8.8.8.8")).toEqual({ query: "8.8.8.8", aggregate: null, block: null, available: null, path: [] });
    await expect(run("GET", "search", { input: { q: "10.0.0.300" } })).rejects.toThrow(/Enter an address/);
  });

  it("details a block: every field, the parent chain from its aggregate, its resource and dates", async () => {
    const block = aggregate((await tree()).ipv4, "198.51.100.0/24").blocks.find((b) => b.cidr === "198.51.100.64/27")!;
    const detail = (await run("GET", `blocks/${block.id}`)) as TIpamBlockDetail;
    expect(detail.block).toMatchObject({ cidr: "198.51.100.64/27", status: "assigned", resourceId: 77, resourceName: "Globex NYC POP", assignedTime: "2024-03-20 09:49:00" });
    expect(detail.chain.map((link) => [link.cidr, link.status])).toEqual([["198.51.100.0/24", "aggregate"], ["198.51.100.0/25", "split"], ["198.51.100.64/26", "split"]]);
    expect(detail.fields).toMatchObject({ range: "198.51.100.64 - 198.51.100.95", end_address: expect.any(String), custid: "cust-77", arin_swip_time: null });

    sims.simulators.provision.control.configure({ legacyBlockForm: true });
    const legacy = (await run("GET", `blocks/${block.id}`)) as TIpamBlockDetail;
    expect(legacy.fields).toMatchObject({ cidr: "198.51.100.64/27", arin_swip_time: null, assigned_time: "2024-03-20 09:49:00" });
    await expect(run("GET", "blocks/999999")).rejects.toThrow("Block 999999 not found");
    await expect(run("GET", "blocks/abc")).rejects.toThrow("Block not found");
  });
});
