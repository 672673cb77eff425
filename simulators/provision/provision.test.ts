import { createHmac } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { aggregateRows, indexBlocks } from "@/lib/ipam/block-tree";
import { ZProvisionBlockReply, ZProvisionBlocksReply, ZProvisionReply, ZProvisionResourcesReply, ZProvisionTagListReply } from "@/lib/vendors/provision/schemas";
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

  it("accepts ProVision's own worked example: the vendor's key, secret and query give the vendor's hash", async () => {
    const vendorSim = createProvisionSimulator({ apiKey: "32-5DAYTJQY2TZHOFOB", secretKey: "48b278ec873bda4738923dbc467f8669", now: () => TEST_EPOCH });
    const vendorServed = await serveApp(vendorSim.app);
    try {
      const query = "target=ipam&action=get&type=IP&mask=24&apiKey=32-5DAYTJQY2TZHOFOB";
      const response = await fetch(`${vendorServed.url}${PROVISION_API_PATH}?${query}&hash=${encodeURIComponent("yneSFMyxPPe+3W4IOkVp50K3VStatBcRRak+2ygDUWQ=")}`);
      expect(response.status).toBe(200);
      expect(ZProvisionBlocksReply.parse(await response.json()).data.every((b) => b.mask === 24)).toBe(true);
    } finally {
      vendorSim.close();
      await vendorServed.close();
    }
  });

  it("hashes only the URL's query: a signed GET write is accepted, the same write POSTed with the signed query in its body is refused with 401", async () => {
    const query = signed(params({ target: "ipam", action: "smartAssign", type: "IPv4", mask: "28", rir: "ARIN", resourceId: "42" }));
    const posted = await fetch(`${served.url}${PROVISION_API_PATH}`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: query });
    expect([posted.status, await posted.json()]).toEqual([401, { success: 0, message: "Invalid API key or hash" }]);
    expect(sim.control.calls()).toEqual({});
    expect((await allBlocks()).find((b) => b.cidr === "198.51.100.16/28")?.is_assigned).toBe(false);

    const sent = await call(query);
    expect(sent.status).toBe(200);
    expect(ZProvisionBlockReply.parse(sent.body)).toMatchObject({ success: 1, message: "Assigned 198.51.100.16/28 to Resource (42) via Smart Assign" });
    expect(sim.control.calls()).toMatchObject({ "ipam.smartAssign": 1 });
    // A POST is read like a GET when the signed query is in its URL (ProVision's way for queries over 8 KB).
    const postedInUrl = await fetch(`${served.url}${PROVISION_API_PATH}?${signed("target=ipam&action=get&mask=28")}`, { method: "POST" });
    expect(postedInUrl.status).toBe(200);
  });

  it("refuses a signature over a query that was re-encoded after signing", async () => {
    const [aggregate] = (await allBlocks()).filter((b) => b.cidr === "192.0.2.0/24");
    const query = signed(params({ target: "ipam", action: "update", id: String(aggregate!.id), notes: "EU + UK, 50% reserved" }));
    expect((await call(query.replace("EU%20%2B%20UK", "EU+%2B+UK"))).status).toBe(401); // spaces written as "+"
    expect((await call(query.replace("50%25", "50%"))).status).toBe(401); // "%" left bare
    expect((await call(signed(`target=ipam&action=get&block=${encodeURIComponent("10.0.0.0/24")}`).replace("%2F", "/"))).status).toBe(401);
    const accepted = ZProvisionBlockReply.parse((await call(query)).body);
    expect(accepted.data?.notes).toBe("EU + UK, 50% reserved");
  });

  it("takes tags when a block is added, refuses them in update, and removes one with deleteTag", async () => {
    const added = ZProvisionBlockReply.parse((await call(signed(params({ target: "ipam", action: "add", block: "100.64.0.0/22", rir: "ARIN", tags: "edge/lon, dc east" })))).body);
    expect(added.data?.tags).toEqual(["edge/lon", "dc east"]);
    const id = String(added.id);

    const refused = await call(signed(params({ target: "ipam", action: "update", id, tags: "other", notes: "n" })));
    expect(refused.status).toBe(200);
    expect(ZProvisionReply.parse(refused.body)).toMatchObject({ success: 0, message: expect.stringMatching(/^Unknown parameter for update: tags/) });
    const [unchanged] = ZProvisionBlocksReply.parse((await call(signed(`target=ipam&action=get&id=${id}`))).body).data;
    expect([unchanged?.tags, unchanged?.notes]).toEqual([["edge/lon", "dc east"], null]);

    const removed = ZProvisionBlockReply.parse((await call(signed(params({ target: "ipam", action: "deleteTag", id, tag: "edge/lon" })))).body);
    expect([removed.message, removed.data?.tags]).toEqual(["Tag Removed.", ["dc east"]]);
    expect(ZProvisionReply.parse((await call(signed(params({ target: "ipam", action: "deleteTag", id, tag: "edge/lon" })))).body).success).toBe(0);
    const tagList = ZProvisionTagListReply.parse((await call(signed("target=ipam&action=getTagList"))).body);
    expect(tagList.data).toContainEqual({ value: "PTP", name: "Point to Point" });
  });

  it("lists every resource with target=resource, customers (entries) beyond those on blocks, by name", async () => {
    const reply = await call(signed("target=resource&action=get&type=entry"));
    const { data } = ZProvisionResourcesReply.parse(reply.body);
    const onBlocks = new Set((await allBlocks()).flatMap((b) => (b.resource_id === null ? [] : [b.resource_id])));
    expect(data.length).toBeGreaterThan(onBlocks.size);
    expect(data.map((r) => r.name)).toEqual([...data.map((r) => r.name)].sort((a, b) => a!.localeCompare(b!)));
    expect(data.every((r) => r.type === "entry")).toBe(true);
    expect(data.find((r) => r.name === "Soylent Networks")).toMatchObject({ id: 840, slug: "soylent-networks", category_id: 5 });
    expect(onBlocks.has(840)).toBe(false);
    const all = ZProvisionResourcesReply.parse((await call(signed("target=resource&action=get"))).body).data;
    expect(all.map((r) => r.type)).toEqual(expect.arrayContaining(["category", "field", "entry"]));
    expect(ZProvisionResourcesReply.parse((await call(signed("target=resource&action=get&id=42"))).body).data.map((r) => r.name)).toEqual(["Acme Corp"]);
    // A block can be assigned to a customer, not to a category or a field.
    expect(ZProvisionReply.parse((await call(signed("target=ipam&action=smartAssign&type=IPv4&mask=28&rir=ARIN&resourceId=5"))).body).success).toBe(0);
  });

  it("says in each block what the key may do, and refuses a change the permissions do not allow", async () => {
    const blocks = await allBlocks();
    const lab = blocks.find((b) => b.cidr === "3fff::/20")!;
    expect(lab.permissions).toMatchObject({ permissionIPAMRead: "1", permissionIPAMUpdate: "0", permissionIPAMDelete: "0" });
    expect(blocks.find((b) => b.cidr === "10.0.0.0/16")!.permissions).toMatchObject({ permissionIPAMUpdate: "1", permissionIPAMDelete: "1" });
    const update = ZProvisionReply.parse((await call(signed(`target=ipam&action=update&id=${lab.id}&notes=x`))).body);
    expect(update).toMatchObject({ success: 0, message: "Permission denied: this API key may not update block 3fff::/20" });
    expect(ZProvisionReply.parse((await call(signed(`target=ipam&action=delete&id=${lab.id}&force=true`))).body).success).toBe(0);
    // Smart Assign passes over space the key may not change.
    expect(ZProvisionReply.parse((await call(signed("target=ipam&action=smartAssign&type=IPv6&mask=48&rir=RIPE&resourceId=42"))).body)).toMatchObject({ success: 0 });
  });

  it("serves one block with an unreadable mask when told to, and counts the calls it took by action", async () => {
    await fetch(`${served.url}/_sim/settings`, { method: "POST", body: JSON.stringify({ unreadableBlock: "10.0.4.0/22" }) });
    const raw = (await call(signed(`target=ipam&action=get&block=${encodeURIComponent("10.0.4.0/22")}`))).body as { data: Record<string, unknown>[] };
    expect(raw.data[0]).toMatchObject({ cidr: "10.0.4.0/22", mask: "/22" });
    const calls = (await (await fetch(`${served.url}/_sim/calls`)).json()) as Record<string, number>;
    expect(calls).toEqual({ "ipam.get": 1 });
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

  it("fills an aggregate up to a share of its space on request, as the console measures it, and unassigning gives the space back", async () => {
    const utilisation = async (cidr: string) => aggregateRows(indexBlocks(await allBlocks())).find((row) => row.cidr === cidr)!;
    expect((await utilisation("203.0.113.0/24")).utilisation).toBe(0.5);
    const response = await fetch(`${served.url}/_sim/aggregates/fill`, { method: "POST", body: JSON.stringify({ cidr: "203.0.113.0/24", percent: 92 }) });
    const { assigned } = (await response.json()) as { assigned: string[] };
    // 92 % of 256 addresses is 236 (rounded up): 108 more beside the /25 already assigned, largest blocks first.
    expect(assigned).toEqual(["203.0.113.128/26", "203.0.113.192/27", "203.0.113.224/29", "203.0.113.232/30"]);
    const full = await utilisation("203.0.113.0/24");
    expect(full.utilisation).toBeGreaterThanOrEqual(0.92);
    expect(full.utilisation).toBeLessThan(0.93);
    expect(full.blocks.filter((b) => b.status === "assigned").every((b) => b.resourceName !== null)).toBe(true);
    for (const cidr of assigned) {
      expect(ZProvisionBlockReply.parse((await call(signed(`target=ipam&action=unassign&block=${encodeURIComponent(cidr)}&skipHolding=true`))).body).success).toBe(1);
    }
    expect((await utilisation("203.0.113.0/24")).utilisation).toBe(0.5);
    const unknown = await fetch(`${served.url}/_sim/aggregates/fill`, { method: "POST", body: JSON.stringify({ cidr: "203.0.113.0/25", percent: 90 }) });
    expect(unknown.status).toBe(404);
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
