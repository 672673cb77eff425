import { afterEach, describe, expect, it } from "vitest";
import {
  MEGAPORT_PROVISIONING_STATUSES,
  ZMegaportCompanyReply,
  ZMegaportError,
  ZMegaportLogin,
  ZMegaportOAuthToken,
  ZMegaportProductReply,
  ZMegaportProductsReply,
} from "@/lib/vendors/megaport/schemas";
import type { TServedApp } from "../core/serve";
import { serveApp, TEST_EPOCH } from "../core/testing";
import { MEGAPORT_CREDENTIALS } from "../credentials";
import { createMegaportSimulator, type TMegaportSimOptions, type TMegaportSimulator } from ".";

let sim: TMegaportSimulator;
let served: TServedApp;
async function start(options: TMegaportSimOptions = {}) {
  sim = createMegaportSimulator({ seed: 9, now: () => TEST_EPOCH, ...options });
  served = await serveApp(sim.app);
}
afterEach(async () => {
  sim.close();
  await served.close();
});

const form = (username: string, password: string) =>
  fetch(`${served.url}/login`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ username, password }).toString(),
  });
const session = async (user: { username: string; password: string } = MEGAPORT_CREDENTIALS) => ZMegaportLogin.parse(await (await form(user.username, user.password)).json());

async function expectRefused(response: Response, status: number) {
  expect(response.status).toBe(status);
  const body = ZMegaportError.parse(await response.json());
  expect(body.data).toBeNull();
  expect(response.headers.get("Trace-Id")).toBe(body.trace_id);
}

describe("Megaport simulator", () => {
  it("logs in with a form body and answers the seed's login object", async () => {
    await start();
    const response = await form(MEGAPORT_CREDENTIALS.username, MEGAPORT_CREDENTIALS.password);
    const login = (await response.json()) as Record<string, unknown>;
    expect(Object.keys(login).sort()).toEqual(
      ["channelPartner", "companyId", "companyName", "expiryDate", "language", "locale", "loginDate", "permissions", "personId", "session", "sourceIp", "timeZone", "userAgent", "username"].sort(),
    );
    const parsed = ZMegaportLogin.parse(login);
    expect(parsed).toMatchObject({ companyId: 1187, loginDate: TEST_EPOCH, expiryDate: null });
    expect(parsed.permissions["1187"]).toContain("approve_order");
  });

  it("refuses bad credentials and a JSON body with its {message, data, trace_id} body and a Trace-Id header", async () => {
    await start();
    await expectRefused(await form(MEGAPORT_CREDENTIALS.username, "wrong"), 401);
    const json = await fetch(`${served.url}/login`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(MEGAPORT_CREDENTIALS) });
    await expectRefused(json, 400);
  });

  it("takes the session as ?token= or X-Auth-Token, and refuses it once invalidated or expired", async () => {
    await start({ sessionTtlMs: 60_000 });
    const { session: token, companyId } = await session();
    const company = ZMegaportCompanyReply.parse(await (await fetch(`${served.url}/secure/party/company/${companyId}?token=${token}`)).json());
    expect(company.data.companyName).toBe("Northwind Interconnect");
    expect((await fetch(`${served.url}/v2/products`, { headers: { "X-Auth-Token": token } })).status).toBe(200);
    await expectRefused(await fetch(`${served.url}/v2/products`), 401);
    sim.clock.advance(60_000);
    await expectRefused(await fetch(`${served.url}/v2/products?token=${token}`), 401);

    const fresh = await session();
    await fetch(`${served.url}/_sim/sessions/invalidate`, { method: "POST" });
    await expectRefused(await fetch(`${served.url}/v2/products?token=${fresh.session}`), 401);
  });

  it("lists ports, MCRs and MVEs with their VXCs in every provisioning status, in the products envelope", async () => {
    await start();
    const { session: token } = await session();
    const raw = (await (await fetch(`${served.url}/v2/products?token=${token}`)).json()) as { message: string; terms: string };
    const reply = ZMegaportProductsReply.parse(raw);
    expect(reply.message).toBe(`Found ${reply.data.length} Products`);
    expect(reply.terms).toMatch(/^This data is subject to the Acceptable Use Policy/);
    expect(new Set(reply.data.map((p) => p.productType))).toEqual(new Set(["MEGAPORT", "MCR2", "MVE"]));
    const vxcs = reply.data.flatMap((p) => p.associatedVxcs);
    const statuses = new Set([...reply.data, ...vxcs].map((s) => s.provisioningStatus));
    expect([...statuses].sort()).toEqual([...MEGAPORT_PROVISIONING_STATUSES].sort());
    expect(vxcs.length).toBeGreaterThanOrEqual(15);
    expect(reply.data.flatMap((p) => p.associatedIxs).length).toBeGreaterThan(0);
    const live = vxcs.find((v) => v.provisioningStatus === "LIVE")!;
    expect(live.aEnd.locationDetail?.city).toBeTruthy();
    const gone = vxcs.find((v) => v.provisioningStatus === "DECOMMISSIONED")!;
    expect([gone.bEnd.locationId, gone.up, gone.terminateDate === null]).toEqual([null, null, false]);
    const mve = reply.data.find((p) => p.productType === "MVE" && p.provisioningStatus === "LIVE")!;
    expect(mve).toMatchObject({ portSpeed: null, vendor: "CISCO", mveSize: "SMALL" });

    const one = ZMegaportProductReply.parse(await (await fetch(`${served.url}/v2/product/${live.productUid}?token=${token}`)).json());
    expect(one.data).toMatchObject({ productUid: live.productUid, productType: "VXC" });
    await expectRefused(await fetch(`${served.url}/v2/product/not-a-uid?token=${token}`), 404);
  });

  it("gives a service agent permissions under two companies", async () => {
    await start();
    const agent = await session(MEGAPORT_CREDENTIALS.serviceAgent);
    expect(Object.keys(agent.permissions).sort()).toEqual(["1187", "2291"]);
    const own = ZMegaportProductsReply.parse(await (await fetch(`${served.url}/v2/products?token=${agent.session}`)).json());
    expect(own.data.every((p) => p.companyName === "Contoso Cloud Ops")).toBe(true);
    const other = ZMegaportProductsReply.parse(await (await fetch(`${served.url}/v2/products?companyId=1187&token=${agent.session}`)).json());
    expect(other.data.every((p) => p.companyName === "Northwind Interconnect")).toBe(true);
    await expectRefused(await fetch(`${served.url}/secure/party/company/4242?token=${agent.session}`), 403);
  });

  it("issues OAuth tokens for the access and secret keys, taken as a bearer on API routes", async () => {
    await start();
    const basic = (secret: string) => `Basic ${Buffer.from(`${MEGAPORT_CREDENTIALS.accessKey}:${secret}`).toString("base64")}`;
    const issued = await fetch(`${served.url}/oauth2/token?grant_type=client_credentials`, {
      method: "POST",
      headers: { Authorization: basic(MEGAPORT_CREDENTIALS.secretKey), "Content-Type": "application/x-www-form-urlencoded" },
      body: "",
    });
    const token = ZMegaportOAuthToken.parse(await issued.json());
    expect(token).toMatchObject({ token_type: "Bearer", expires_in: 86_400 });
    expect((await fetch(`${served.url}/v2/products`, { headers: { Authorization: `Bearer ${token.access_token}` } })).status).toBe(200);
    const refused = await fetch(`${served.url}/oauth2/token?grant_type=client_credentials`, { method: "POST", headers: { Authorization: basic("nope") } });
    expect([refused.status, await refused.json()]).toEqual([401, { error: "invalid_client" }]);
    const noGrant = await fetch(`${served.url}/oauth2/token`, { method: "POST", headers: { Authorization: basic(MEGAPORT_CREDENTIALS.secretKey) } });
    expect(noGrant.status).toBe(400);
  });

  it("limits each address to its requests per rolling window", async () => {
    await start({ rateLimit: 3, rateWindowMs: 60_000 });
    for (let i = 0; i < 3; i++) await form(MEGAPORT_CREDENTIALS.username, MEGAPORT_CREDENTIALS.password);
    await expectRefused(await form(MEGAPORT_CREDENTIALS.username, MEGAPORT_CREDENTIALS.password), 429);
    sim.clock.advance(60_001);
    expect((await form(MEGAPORT_CREDENTIALS.username, MEGAPORT_CREDENTIALS.password)).status).toBe(200);
  });
});
