import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { HttpError } from "@/lib/server/http/errors";
import { callOperation, type TOperationCall } from "@/lib/server/operations/testing/call-operation";
import { callVendor } from "@/lib/server/upstream/call-vendor";
import { vendorErrorResponse } from "@/lib/server/upstream/error-response";
import { testConnectionOf } from "@/lib/server/upstream/testing/test-server";
import { isVendorError, type VendorError } from "@/lib/server/upstream/vendor-error";
import { startSimulators, type TRunningSimulators } from "@/simulators";
import { provisionOperations } from "./operations";
import { ZIpamChangeResult, ZIpamResources, ZIpamTags, ZIpamTree } from "./schemas";

let sims: TRunningSimulators;
beforeAll(async () => {
  sims = await startSimulators({ port: 0, seed: 5 });
});
afterAll(() => sims.close());
beforeEach(() => sims.simulators.provision.reset());

const connection = (secretKey: string = sims.credentials.provision.secretKey) =>
  testConnectionOf("provision", sims.urls.provision, { apiKey: sims.credentials.provision.apiKey, secretKey });
const run = (method: string, path: string, call: TOperationCall = {}) => callOperation(provisionOperations, connection(), method, path, { role: "operator", ...call });
const change = async (method: string, path: string, input: unknown) => ZIpamChangeResult.parse(await run(method, path, { input }));
const aggregateOf = async (cidr: string) => [...ZIpamTree.parse(await run("GET", "blocks")).ipv4].find((a) => a.cidr === cidr)!;
const failure = (promise: Promise<unknown>) => promise.then(() => expect.unreachable("should have failed"), (error: unknown) => error);
/** Signed calls of one action that reached the simulator (lost replies included). */
const simulatorCalls = (action: string) => sims.simulators.provision.control.calls()[`ipam.${action}`] ?? 0;

describe("ProVision signing against the simulator", () => {
  it("signs a tag with a comma, a space and a slash so the simulator accepts it, read and write", async () => {
    const tags = "edge/lon, dc east";
    const read = await callVendor(connection(), { method: "GET", path: "", query: { target: "ipam", action: "get", tags } });
    expect(read.status).toBe(200);
    expect(read.data).toMatchObject({ success: 1, message: "0 blocks found" });

    const added = await change("POST", "aggregates", { block: "100.64.0.0/22", rir: "ARIN", tags: ["edge/lon", "dc east"], notes: "EU + UK, 50% reserved" });
    expect(added.block).toMatchObject({ cidr: "100.64.0.0/22", tags: ["edge/lon", "dc east"], notes: "EU + UK, 50% reserved" });
    const found = await callVendor(connection(), { method: "GET", path: "", query: { target: "ipam", action: "get", tags: "edge/lon,dc east" } });
    expect(found.data).toMatchObject({ success: 1, message: "1 blocks found" });
  });

  it("edits notes, region and VLAN with update (never tags), and takes a tag off with deleteTag", async () => {
    const target = await aggregateOf("198.51.100.0/24");
    const edited = await change("PATCH", `blocks/${target.id}`, { notes: "VPN, 50% reserved", region: "LON", vlan: 12 });
    expect(edited.block).toMatchObject({ notes: "VPN, 50% reserved", region: "LON", vlan: 12, tags: ["customer", "vpn"] });
    await expect(run("PATCH", `blocks/${target.id}`, { input: { tags: ["x"] } })).rejects.toThrow(/at least one of notes, region or VLAN/);
    const untagged = await change("POST", `blocks/${target.id}/remove-tag`, { tag: "vpn" });
    expect(untagged).toMatchObject({ message: "Tag Removed.", block: { cidr: "198.51.100.0/24", tags: ["customer"] } });
    expect((await aggregateOf("198.51.100.0/24")).tags).toEqual(["customer"]);
    expect([simulatorCalls("update"), simulatorCalls("deleteTag")]).toEqual([1, 1]);
  });

  it("lists every customer ProVision has, by name, beyond those on blocks; and the tags it has", async () => {
    const { resources } = ZIpamResources.parse(await run("GET", "resources"));
    expect(resources.map((r) => r.name)).toEqual([
      "Acme Corp", "Cyberdyne Systems", "Globex NYC POP", "Hooli Edge", "Initech Backbone", "Massive Dynamic", "Soylent Networks", "Stark Industries", "Tyrell Corp", "Umbrella Labs", "Wayne Enterprises",
    ]);
    expect(resources.find((r) => r.name === "Soylent Networks")).toEqual({ id: 840, name: "Soylent Networks" });
    const { tags } = ZIpamTags.parse(await run("GET", "tags"));
    expect(tags.map((t) => t.value)).toEqual(["customer", "vpn", "internal", "lab", "PTP"]);
  });

  it("greys out what the key may not do: ProVision's permissions reach every block of the tree", async () => {
    const tree = ZIpamTree.parse(await run("GET", "blocks"));
    const lab = tree.ipv6.find((a) => a.cidr === "3fff::/20")!;
    expect([lab.canUpdate, lab.canDelete, lab.blocks[0]?.canUpdate]).toEqual([false, false, false]);
    expect(tree.ipv4.every((a) => a.canUpdate && a.canDelete)).toBe(true);
    const refused = (await failure(run("PATCH", `blocks/${lab.id}`, { input: { notes: "x" } }))) as VendorError;
    expect(vendorErrorResponse(refused).body.message).toBe("ProVision refused the request: Permission denied: this API key may not update block 3fff::/20.");
  });

  it("says ProVision rejected the signature when the secret is wrong", async () => {
    const error = (await failure(callOperation(provisionOperations, connection("0".repeat(32)), "GET", "blocks"))) as VendorError;
    expect(error).toMatchObject({ code: "upstream_unauthorized", status: 401 });
    expect(error.message).toMatch(/^ProVision rejected the signature of connection/);
    expect(vendorErrorResponse(error).status).toBe(502);
  });
});

describe("ProVision assignments", () => {
  it("smart-assigns a /28, the bar moves, and unassign with skip holding returns it to free", async () => {
    const before = await aggregateOf("198.51.100.0/24");
    const assigned = await change("POST", "smart-assign", { type: "IPv4", mask: 28, rir: "ARIN", resourceId: 42, tags: ["customer"] });
    expect(assigned).toEqual({
      message: "Assigned 198.51.100.16/28 to Resource (42) via Smart Assign",
      block: expect.objectContaining({ cidr: "198.51.100.16/28", status: "assigned", resourceId: 42, resourceName: "Acme Corp", size: "16" }),
    });
    const after = await aggregateOf("198.51.100.0/24");
    expect(BigInt(after.assignedSize) - BigInt(before.assignedSize)).toBe(16n);
    expect(after.utilisation).toBeGreaterThan(before.utilisation);
    expect(after.available.map((r) => r.cidr)).not.toContain("198.51.100.16/28");

    const released = await change("POST", "unassign", { id: assigned.block!.id, skipHolding: true });
    expect(released.message).toBe("198.51.100.16/28 unassigned");
    const restored = await aggregateOf("198.51.100.0/24");
    expect([restored.assignedSize, restored.available]).toEqual([before.assignedSize, before.available]);
  });

  it("keeps an unassigned block in holding unless told to skip it, and direct-assigns a chosen free block", async () => {
    const held = await change("POST", "unassign", { block: "198.51.100.64/27" });
    expect(held.block).toMatchObject({ cidr: "198.51.100.64/27", status: "holding" });
    const direct = await change("POST", "direct-assign", { block: "10.0.3.0/24", resourceId: 310 });
    expect(direct).toMatchObject({ message: "Assigned 10.0.3.0/24 to Resource (310)", block: { status: "assigned", resourceName: "Hooli Edge" } });
    const office = await aggregateOf("10.0.0.0/16");
    expect(office.available.map((r) => r.cidr)).not.toContain("10.0.3.0/24");
  });

  it("never retries a Smart Assign: a 503 reaches the operator after one call", async () => {
    const sent = simulatorCalls("smartAssign");
    sims.simulators.provision.faults.enqueue({ kind: "error", status: 503, query: { action: "smartAssign" } });
    const error = (await failure(run("POST", "smart-assign", { input: { type: "IPv4", mask: 28, rir: "ARIN", resourceId: 42 } }))) as VendorError;
    expect(error.code).toBe("upstream_unavailable");
    // The 503 came before ProVision acted; a retry would have reached it.
    expect(sims.simulators.provision.stats.snapshot().faults).toMatchObject({ error: 1 });
    expect(simulatorCalls("smartAssign") - sent).toBe(0);
  });

  it("adds an aggregate, edits it, and deletes it only with force", async () => {
    const added = await change("POST", "aggregates", { block: "100.64.0.0/22", rir: "ARIN", region: "LAX", tags: ["cgnat"], notes: "CGNAT pool" });
    expect(added.block).toMatchObject({ cidr: "100.64.0.0/22", status: "aggregate", region: "LAX", tags: ["cgnat"] });
    const id = added.block!.id;
    expect((await change("PATCH", `blocks/${id}`, { vlan: 300, region: "" })).block).toMatchObject({ vlan: 300, region: "" });
    expect((await change("PATCH", `blocks/${id}`, { vlan: null })).block).toMatchObject({ vlan: null });
    await change("POST", "direct-assign", { block: "100.64.2.0/24", resourceId: 101 });

    const refused = (await failure(run("DELETE", `blocks/${id}`, { input: {} }))) as VendorError;
    expect(vendorErrorResponse(refused)).toMatchObject({ status: 422, body: { message: expect.stringMatching(/^ProVision refused the request: Block 100\.64\.0\.0\/22 has assigned/) } });
    expect(await run("DELETE", `blocks/${id}`, { input: { force: true } })).toEqual({ message: `Block 100.64.0.0/22 (${id}) deleted` });
    expect((await aggregateOf("100.64.0.0/22"))).toBeUndefined();
  });

  it("turns success:0 into the vendor's message (422)", async () => {
    const error = await failure(run("POST", "smart-assign", { input: { type: "IPv4", mask: 28, rir: "ARIN", resourceId: 9999 } }));
    expect(isVendorError(error) && vendorErrorResponse(error)).toMatchObject({ status: 422, body: { error: "upstream_error", message: "ProVision refused the request: Resource 9999 not found." } });
  });

  it("validates input before calling ProVision, and keeps viewers out", async () => {
    const calls = sims.simulators.provision.stats.snapshot().total;
    const rejects = (path: string, input: unknown, message: RegExp) => expect(run("POST", path, { input })).rejects.toThrow(message);
    await rejects("smart-assign", { type: "IPv4", mask: 33, rir: "ARIN", resourceId: 42 }, /An IPv4 mask is \/1–\/32/);
    await rejects("smart-assign", { type: "IPv6", mask: 64, rir: "IANA", resourceId: 42 }, /Choose one of ARIN/);
    await rejects("direct-assign", { block: "10.0.3.5/24", resourceId: 42 }, /did you mean 10\.0\.3\.0\/24/);
    await rejects("direct-assign", { block: "10.0.3.0/24", id: 5, resourceId: 42 }, /by its CIDR or by its id/);
    await rejects("aggregates", { block: "not-a-block", rir: "ARIN" }, /CIDR form/);
    await expect(run("PATCH", "blocks/1001", { input: {} })).rejects.toThrow(/at least one/);
    expect(sims.simulators.provision.stats.snapshot().total).toBe(calls);
    const forbidden = await failure(run("POST", "smart-assign", { role: "viewer", input: { type: "IPv4", mask: 28, rir: "ARIN", resourceId: 42 } }));
    expect(forbidden).toBeInstanceOf(HttpError);
    expect(forbidden).toMatchObject({ status: 403 });
  });
});
