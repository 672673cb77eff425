import { createHmac } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ZProvisionBlockReply, ZProvisionBlocksReply, ZProvisionReply } from "@/lib/vendors/provision/schemas";
import type { TServedApp } from "../core/serve";
import { serveApp, TEST_EPOCH } from "../core/testing";
import { PROVISION_CREDENTIALS } from "../credentials";
import { createProvisionSimulator, PROVISION_API_PATH, type TProvisionSimulator } from ".";

let sim: TProvisionSimulator;
let served: TServedApp;
const { apiKey, secretKey } = PROVISION_CREDENTIALS;

/** Signs as VENDORS.md says: apiKey last, HMAC over the query exactly as sent, hash percent-encoded and last. */
function signed(query: string, secret: string = secretKey, key: string = apiKey): string {
  const withKey = `${query}&apiKey=${key}`;
  const hash = createHmac("sha256", secret).update(withKey).digest("base64");
  return `${withKey}&hash=${encodeURIComponent(hash)}`;
}
const call = async (query: string) => {
  const response = await fetch(`${served.url}${PROVISION_API_PATH}?${query}`);
  return { status: response.status, body: (await response.json()) as unknown };
};
const params = (entries: Record<string, string>) =>
  Object.entries(entries)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join("&");
const allBlocks = async () => ZProvisionBlocksReply.parse((await call(signed("target=ipam&action=get"))).body).data;

beforeEach(async () => {
  sim = createProvisionSimulator({ now: () => TEST_EPOCH });
  served = await serveApp(sim.app);
});
afterEach(async () => {
  sim.close();
  await served.close();
});

describe("ProVision simulator", () => {
  it("accepts the VENDORS.md test vector and refuses a wrong hash, a wrong key or anything after the hash with 401", async () => {
    const vector = "target=ipam&action=get&type=IPv4&mask=24&apiKey=38-TMHQV8CV2XZYC2ZS";
    const hash = "5qOsXY7/yVuiG4czKo/+8yeKsfPRUPm6sjMFxVpPIrc=";
    const accepted = await call(`${vector}&hash=${encodeURIComponent(hash)}`);
    expect(accepted.status).toBe(200);
    expect(ZProvisionBlocksReply.parse(accepted.body).data.every((b) => b.mask === 24 && b.type === "ipv4")).toBe(true);

    expect((await call(`${vector}&hash=${hash}`)).status).toBe(401); // an unencoded "+" reads as a space
    expect((await call(`${vector}&hash=${encodeURIComponent(hash.replace("5", "6"))}`)).status).toBe(401);
    expect((await call(signed("target=ipam&action=get", "not-the-secret"))).status).toBe(401);
    expect((await call(signed("target=ipam&action=get", secretKey, "00-NOTAKEY"))).status).toBe(401);
    expect((await call(`${signed("target=ipam&action=get")}&extra=1`)).status).toBe(401);
    expect((await call("target=ipam&action=get")).body).toEqual({ success: 0, message: "Invalid API key or hash" });
  });

  it("takes a tag with a comma, a space and a slash when it is encoded before signing", async () => {
    const [aggregate] = (await allBlocks()).filter((b) => b.cidr === "192.0.2.0/24");
    const update = await call(signed(params({ target: "ipam", action: "update", id: String(aggregate.id), tags: "edge/lon, customer", notes: "EU + UK" })));
    expect(update.status).toBe(200);
    const block = ZProvisionBlockReply.parse(update.body);
    expect(block.message).toBe(`Block 192.0.2.0/24 (${aggregate.id}) updated`);
    expect(block.data?.tags).toEqual(["edge/lon", "customer"]);
    expect(block.data?.notes).toBe("EU + UK");
  });

  it("smart-assigns the first free block of the mask, keeps the tree consistent, and unassign restores the free space", async () => {
    const before = await allBlocks();
    const reply = await call(signed(params({ target: "ipam", action: "smartAssign", type: "IPv4", mask: "28", rir: "ARIN", resourceId: "42", tags: "customer,vpn" })));
    const assigned = ZProvisionBlockReply.parse(reply.body);
    expect(assigned.success).toBe(1);
    expect(assigned.message).toBe("Assigned 198.51.100.16/28 to Resource (42) via Smart Assign");
    expect(assigned.id).toBe(assigned.data?.id);
    expect(assigned.data).toMatchObject({ cidr: "198.51.100.16/28", is_assigned: true, resource_id: 42, resource_name: "Acme Corp" });

    const blocks = await allBlocks();
    const byId = new Map(blocks.map((b) => [b.id, b]));
    for (const block of blocks) {
      if (block.parent !== null) expect([byId.get(block.parent)?.child1, byId.get(block.parent)?.child2]).toContain(block.id);
      if (block.child1 !== null) expect(byId.get(block.child1)?.parent).toBe(block.id);
    }

    const released = ZProvisionBlockReply.parse((await call(signed(`target=ipam&action=unassign&id=${assigned.id}&skipHolding=true`))).body);
    expect(released.message).toBe("198.51.100.16/28 unassigned");
    const after = await allBlocks();
    expect(after.map((b) => [b.id, b.cidr, b.is_assigned, b.child1, b.child2])).toEqual(before.map((b) => [b.id, b.cidr, b.is_assigned, b.child1, b.child2]));
  });

  it("keeps an unassigned block in holding without skipHolding, out of smart assignment", async () => {
    const first = ZProvisionBlockReply.parse((await call(signed("target=ipam&action=smartAssign&type=IPv6&mask=48&rir=ARIN&resourceId=77"))).body);
    expect(first.data?.cidr).toBe("2001:db8:2::/48");
    const held = ZProvisionBlockReply.parse((await call(signed(`target=ipam&action=unassign&block=${encodeURIComponent("2001:db8:2::/48")}`))).body);
    expect(held.data).toMatchObject({ custid: "holding", is_assigned: false });
    const next = ZProvisionBlockReply.parse((await call(signed("target=ipam&action=smartAssign&type=IPv6&mask=48&rir=ARIN&resourceId=77"))).body);
    expect(next.data?.cidr).toBe("2001:db8:3::/48");
  });

  it("reports application errors as HTTP 200 with success 0", async () => {
    const unknownResource = await call(signed("target=ipam&action=smartAssign&type=IPv4&mask=28&rir=ARIN&resourceId=9999"));
    expect(unknownResource.status).toBe(200);
    expect(ZProvisionReply.parse(unknownResource.body)).toMatchObject({ success: 0, message: "Resource 9999 not found" });
    const full = ZProvisionReply.parse((await call(signed("target=ipam&action=smartAssign&type=IPv4&mask=8&rir=1918&resourceId=42"))).body);
    expect(full.success).toBe(0);
    const taken = ZProvisionReply.parse((await call(signed(`target=ipam&action=directAssign&block=${encodeURIComponent("10.0.0.0/24")}&resourceId=77`))).body);
    expect(taken.success).toBe(0);
  });

  it("adds an aggregate, assigns inside it directly, and deletes it only with force", async () => {
    const added = ZProvisionBlockReply.parse((await call(signed(params({ target: "ipam", action: "add", block: "100.64.0.0/22", rir: "ARIN", tags: "cgnat" })))).body);
    expect(added.message).toMatch(/^Block 100\.64\.0\.0\/22 \(\d+\) added$/);
    expect(added.data).toMatchObject({ is_aggregate: true, top_aggregate: added.id });
    const overlap = ZProvisionReply.parse((await call(signed(params({ target: "ipam", action: "add", block: "100.64.1.0/24", rir: "ARIN" })))).body);
    expect(overlap.success).toBe(0);
    const direct = ZProvisionBlockReply.parse((await call(signed(params({ target: "ipam", action: "directAssign", block: "100.64.2.0/24", resourceId: "101" })))).body);
    expect(direct.message).toBe("Assigned 100.64.2.0/24 to Resource (101)");
    expect(ZProvisionReply.parse((await call(signed(`target=ipam&action=delete&id=${added.id}`))).body).success).toBe(0);
    expect(ZProvisionReply.parse((await call(signed(`target=ipam&action=delete&id=${added.id}&force=true`))).body).success).toBe(1);
    expect((await allBlocks()).some((b) => b.cidr.startsWith("100.64."))).toBe(false);
  });

  it("serves the older oct1..oct4 form with zero dates when told to, and the schema reads both", async () => {
    await fetch(`${served.url}/_sim/settings`, { method: "POST", body: JSON.stringify({ legacyBlockForm: true }) });
    const raw = (await call(signed(`target=ipam&action=get&block=${encodeURIComponent("10.0.2.0/24")}`))).body as { data: Record<string, unknown>[] };
    expect(raw.data[0]).toMatchObject({ oct1: "10", oct2: "0", oct3: "2", oct4: "0", mask: "24", custid: "holding", assigned_time: "0000-00-00 00:00:00" });
    expect("cidr" in raw.data[0]).toBe(false);
    const [block] = ZProvisionBlocksReply.parse(raw).data;
    expect(block).toMatchObject({ cidr: "10.0.2.0/24", type: "ipv4", mask: 24, assigned_time: null, is_assigned: false });
  });
});
