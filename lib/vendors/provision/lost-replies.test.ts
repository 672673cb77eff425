import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { callOperation } from "@/lib/server/operations/testing/call-operation";
import { vendorErrorResponse } from "@/lib/server/upstream/error-response";
import { testConnectionOf } from "@/lib/server/upstream/testing/test-server";
import type { VendorError } from "@/lib/server/upstream/vendor-error";
import { startSimulators, type TRunningSimulators } from "@/simulators";
import { smartAssign } from "./client";
import { provisionOperations } from "./operations";
import { ZIpamTree } from "./schemas";
import { withUnknownOutcome } from "./unknown-outcome";

let sims: TRunningSimulators;
beforeAll(async () => {
  sims = await startSimulators({ port: 0, seed: 5 });
});
afterAll(() => sims.close());
beforeEach(() => sims.simulators.provision.reset());

const connection = () => testConnectionOf("provision", sims.urls.provision, { ...sims.credentials.provision });
const run = (method: string, path: string, input?: unknown) => callOperation(provisionOperations, connection(), method, path, { role: "operator", input });
const failure = (promise: Promise<unknown>) => promise.then(() => expect.unreachable("should have failed"), (error: unknown) => error as VendorError);
const provision = () => sims.simulators.provision;
const sent = () => provision().stats.count("GET /api/v1/api.php");
const writeCalls = () => Object.entries(provision().control.calls()).filter(([call]) => !["ipam.get", "resource.get", "ipam.getTagList"].includes(call));
const blockId = async (cidr: string) => {
  const tree = ZIpamTree.parse(await run("GET", "blocks"));
  const rows = [...tree.ipv4, ...tree.ipv6].flatMap((a) => [a, ...a.blocks]);
  return rows.find((row) => row.cidr === cidr)!.id;
};

describe("ProVision changes whose answer is lost", () => {
  it("sends each change exactly once when ProVision acts and the answer never comes, and says what reading ProVision back shows", async () => {
    const aggregate = await blockId("192.0.2.0/24");
    const assigned = await blockId("10.0.1.0/24");
    const changes: Array<[action: string, method: string, path: string, input: unknown, found: string | RegExp]> = [
      ["smartAssign", "POST", "smart-assign", { type: "IPv4", mask: 28, rir: "ARIN", resourceId: 42 }, /^the newest \/28 assigned to Acme Corp \(#42\) is 198\.51\.100\.16\/28 \(assigned \d{4}-\d\d-\d\d \d\d:\d\d:\d\d\)$/],
      ["directAssign", "POST", "direct-assign", { block: "10.0.3.0/24", resourceId: 840 }, "10.0.3.0/24 is assigned to Soylent Networks (#840)"],
      ["unassign", "POST", "unassign", { id: assigned, skipHolding: true }, "10.0.1.0/24 is free"],
      ["add", "POST", "aggregates", { block: "100.64.0.0/22", rir: "ARIN", tags: ["cgnat"] }, "100.64.0.0/22 is in ProVision"],
      ["update", "PATCH", `blocks/${aggregate}`, { notes: "lost answer" }, "192.0.2.0/24 has the new values"],
      ["deleteTag", "POST", `blocks/${aggregate}/remove-tag`, { tag: "customer" }, "192.0.2.0/24 no longer has tag customer"],
      ["delete", "DELETE", `blocks/${aggregate}`, { force: true }, `block ${aggregate} is gone`],
    ];
    for (const [action, method, path, input, found] of changes) {
      const writes = () => provision().control.calls()[`ipam.${action}`];
      provision().faults.enqueue({ kind: "lose-reply" });
      const error = await failure(run(method, path, input));
      expect(error.code, action).toBe("upstream_unavailable");
      const [, said] = /^ProVision's answer to .* was lost\. Patchbay did not send it again; reading ProVision back shows (.*)\. Check that before you try again\.$/.exec(error.message) ?? [];
      expect(said, `${action}: ${error.message}`).toMatch(found);
      expect(vendorErrorResponse(error).status, action).toBe(503);
      expect(writes(), `${action}: sent once`).toBe(1);
    }
    expect(provision().stats.snapshot().faults).toEqual({ "lose-reply": changes.length });
    expect(writeCalls()).toHaveLength(changes.length);

    // ProVision did act each time: what the page reads next shows it.
    const tree = ZIpamTree.parse(await run("GET", "blocks"));
    const office = tree.ipv4.find((a) => a.cidr === "10.0.0.0/16")!;
    expect(office.blocks.find((b) => b.cidr === "10.0.3.0/24")).toMatchObject({ status: "assigned", resourceName: "Soylent Networks" });
    expect(office.blocks.some((b) => b.cidr === "10.0.1.0/24")).toBe(false);
    expect(tree.ipv4.find((a) => a.cidr === "198.51.100.0/24")!.blocks.find((b) => b.cidr === "198.51.100.16/28")).toMatchObject({ status: "assigned", resourceId: 42 });
    expect(tree.ipv4.some((a) => a.cidr === "192.0.2.0/24")).toBe(false);
    expect(tree.ipv4.some((a) => a.cidr === "100.64.0.0/22")).toBe(true);
  });

  it("reads ProVision itself after a lost answer, not the tree it cached a moment before", async () => {
    const same = connection();
    const office = async () => ZIpamTree.parse(await callOperation(provisionOperations, same, "GET", "blocks")).ipv4.find((a) => a.cidr === "198.51.100.0/24")!;
    expect((await office()).blocks.map((b) => b.cidr)).not.toContain("198.51.100.16/28");
    provision().faults.enqueue({ kind: "lose-reply" });
    await failure(callOperation(provisionOperations, same, "POST", "smart-assign", { role: "operator", input: { type: "IPv4", mask: 28, rir: "ARIN", resourceId: 42 } }));
    expect((await office()).blocks.map((b) => b.cidr)).toContain("198.51.100.16/28");
  });

  it("gives up on a late answer after the client's timeout without sending the Smart Assign again", async () => {
    provision().faults.configure({ hangMs: 3_000 });
    provision().faults.enqueue({ kind: "late-reply" });
    const before = sent();
    const error = await failure(withUnknownOutcome("the Smart Assign of a /28", () => smartAssign(connection(), { type: "IPv4", mask: 28, rir: "ARIN", resourceId: 42 }, { timeoutMs: 300 })));
    expect(error).toMatchObject({ code: "upstream_timeout", status: 0 });
    expect(error.message).toMatch(/^ProVision's answer to the Smart Assign of a \/28 did not come in time/);
    expect(vendorErrorResponse(error).status).toBe(504);
    expect(provision().control.calls()["ipam.smartAssign"]).toBe(1);
    await expect.poll(() => sent() - before).toBe(1);
    const tree = ZIpamTree.parse(await run("GET", "blocks"));
    expect(tree.ipv4.find((a) => a.cidr === "198.51.100.0/24")!.blocks.map((b) => b.cidr)).toContain("198.51.100.16/28");
  });

  it("leaves a refusal (success 0) and a 503 before ProVision acted as they are", async () => {
    const refused = await failure(run("POST", "smart-assign", { type: "IPv4", mask: 28, rir: "ARIN", resourceId: 9999 }));
    expect(refused.message).toBe("ProVision refused the request: Resource 9999 not found");
    provision().faults.enqueue({ kind: "error", status: 503 });
    const unavailable = await failure(run("POST", "smart-assign", { type: "IPv4", mask: 28, rir: "ARIN", resourceId: 42 }));
    expect(unavailable.message).toMatch(/^6connect ProVision is unavailable right now \(HTTP 503\)/);
  });

  it("says so when reading back shows the change was not made (the connection dropped before ProVision acted)", async () => {
    provision().faults.enqueue({ kind: "drop" });
    const error = await failure(run("POST", "direct-assign", { block: "10.0.3.0/24", resourceId: 840 }));
    expect(error.message).toBe("ProVision's answer to the assignment of 10.0.3.0/24 was lost. Patchbay did not send it again; reading ProVision back shows 10.0.3.0/24 is free. Check that before you try again.");
    expect(provision().control.calls()["ipam.directAssign"]).toBeUndefined();
  });
});
