import { generateSync } from "otplib";
import { afterEach, describe, expect, it } from "vitest";
import { ZMegaportCompanyReply, ZMegaportEmploymentReply, ZMegaportLoginReply } from "@/lib/vendors/megaport/account-schemas";
import { MEGAPORT_PROVISIONING_STATUSES, ZMegaportError, ZMegaportOAuthToken, ZMegaportProductReply, ZMegaportProductsReply } from "@/lib/vendors/megaport/schemas";
import { collectUnreadable } from "@/lib/vendors/tolerant";
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

type TAccount = { username: string; password: string };
const { mfaUser, serviceAgent } = MEGAPORT_CREDENTIALS;
const form = (account: TAccount, oneTimePassword?: string) =>
  fetch(`${served.url}/v2/login`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ username: account.username, password: account.password, ...(oneTimePassword ? { oneTimePassword } : {}) }).toString(),
  });
const login = async (account: TAccount = MEGAPORT_CREDENTIALS) => ZMegaportLoginReply.parse(await (await form(account)).json());
const get = (path: string, session: string) => fetch(`${served.url}${path}`, { headers: { "X-Auth-Token": session } });
const rawProducts = async (session: string) => ((await (await get("/v2/products", session)).json()) as { data: Record<string, unknown>[] }).data;
const codeAt = (ms: number) => generateSync({ secret: mfaUser.totpSecret, epoch: Math.floor(ms / 1000) });

async function expectRefused(response: Response, status: number, message?: RegExp) {
  expect(response.status).toBe(status);
  const body = ZMegaportError.parse(await response.json());
  expect(body.data).toBeNull();
  expect(response.headers.get("Trace-Id")).toBe(body.trace_id);
  if (message) expect(body.message).toMatch(message);
}

describe("Megaport simulator: sign-in", () => {
  it("logs in at POST /v2/login with a form body, the session in data.session, and permission names without 'services'", async () => {
    await start();
    const response = await form(MEGAPORT_CREDENTIALS);
    const body = (await response.json()) as { message: string; terms: string; data: Record<string, unknown> };
    expect(body).toMatchObject({ message: "Login successfully", terms: expect.stringMatching(/Acceptable Use Policy/), data: { session: expect.any(String) } });
    const parsed = ZMegaportLoginReply.parse(body);
    expect(parsed).toMatchObject({ companyId: 1187, loginDate: TEST_EPOCH, expiryDate: null, permissions: { "1187": ["company_admin"] } });
    expect(Object.values(parsed.permissions).flat()).not.toContain("services");
    expect((await fetch(`${served.url}/login`, { method: "POST", body: "" })).status).toBe(404);
  });

  it("refuses bad credentials and a JSON body with its {message, data, trace_id} body and a Trace-Id header", async () => {
    await start();
    await expectRefused(await form({ ...MEGAPORT_CREDENTIALS, password: "wrong" }), 401, /Invalid username or password/);
    const json = await fetch(`${served.url}/v2/login`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(MEGAPORT_CREDENTIALS) });
    await expectRefused(json, 400);
  });

  it("asks an account with MFA for its oneTimePassword, refuses a wrong or reused code, and signs in with a fresh one", async () => {
    await start();
    await expectRefused(await form(mfaUser), 401, /oneTimePassword must be provided/);
    await expectRefused(await form(mfaUser, "000000"), 401, /one-time password is not valid/);
    await expectRefused(await form({ ...mfaUser, password: "wrong" }, codeAt(TEST_EPOCH)), 401, /Invalid username or password/);
    const signedIn = await form(mfaUser, codeAt(TEST_EPOCH));
    expect(signedIn.status).toBe(200);
    expect(ZMegaportLoginReply.parse(await signedIn.json())).toMatchObject({ username: mfaUser.username, companyId: 1187, permissions: { "1187": ["technical_admin"] } });
    await expectRefused(await form(mfaUser, codeAt(TEST_EPOCH)), 401, /already been used/);
    sim.clock.advance(30_000);
    expect((await form(mfaUser, codeAt(TEST_EPOCH + 30_000))).status).toBe(200);
  });

  it("takes the session as X-Auth-Token or ?token=, and refuses it once invalidated or expired", async () => {
    await start({ sessionTtlMs: 60_000 });
    const { session } = await login();
    expect((await get("/v2/products", session)).status).toBe(200);
    expect((await fetch(`${served.url}/v2/products?token=${session}`)).status).toBe(200);
    await expectRefused(await fetch(`${served.url}/v2/products`), 401);
    sim.clock.advance(60_000);
    await expectRefused(await get("/v2/products", session), 401);

    const fresh = await login();
    await fetch(`${served.url}/_sim/sessions/invalidate`, { method: "POST" });
    await expectRefused(await get("/v2/products", fresh.session), 401);
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
    for (let i = 0; i < 3; i++) await form(MEGAPORT_CREDENTIALS);
    await expectRefused(await form(MEGAPORT_CREDENTIALS), 429);
    sim.clock.advance(60_001);
    expect((await form(MEGAPORT_CREDENTIALS)).status).toBe(200);
  });
});

describe("Megaport simulator: what the API answers", () => {
  it("answers the legacy /secure company call bare, by company id or uid, for any permission the login holds there", async () => {
    await start();
    const agent = await login(serviceAgent);
    // The agent's permissions are keyed by company uid (as the v3 login keys them), none of them "services".
    expect(Object.values(agent.permissions).flat().sort()).toEqual(["approve_order", "read_only", "technical_admin"]);
    for (const key of [2291, ...Object.keys(agent.permissions)]) {
      const raw = (await (await get(`/secure/party/company/${key}`, agent.session)).json()) as Record<string, unknown>;
      expect(raw).not.toHaveProperty("data");
      expect(raw).not.toHaveProperty("message");
      expect(ZMegaportCompanyReply.parse(raw)).toMatchObject({ companyId: expect.any(Number), legalName: expect.any(String), companyName: expect.any(String) });
    }
    await expectRefused(await get("/secure/party/company/4242", agent.session), 403);
  });

  it("lists the caller's own company's ports, MCRs and MVEs, ignoring any ?companyId=", async () => {
    await start();
    const agent = await login(serviceAgent);
    const own = ZMegaportProductsReply.parse(await (await get("/v2/products", agent.session)).json());
    expect(own.data.length).toBeGreaterThan(0);
    expect(own.data.every((p) => p.companyName === "Contoso Cloud Ops" && p.companyUid === agent.companyUid)).toBe(true);
    const asked = ZMegaportProductsReply.parse(await (await get("/v2/products?companyId=1187", agent.session)).json());
    expect(asked.data.map((p) => p.productUid)).toEqual(own.data.map((p) => p.productUid));
  });

  it("sends products as Megaport's environments do: vll [] when gone, interface lists, ISO and null dates, lower-case types, DEPLOYABLE, shutdown and vxcApproval", async () => {
    await start();
    const { session } = await login();
    const raw = await rawProducts(session);
    const vxcs = raw.flatMap((p) => p.associatedVxcs as Record<string, unknown>[]);
    const resources = (line: Record<string, unknown>) => line.resources as Record<string, unknown>;
    const gone = vxcs.filter((v) => v.provisioningStatus === "DECOMMISSIONED");
    expect(gone.length).toBeGreaterThan(0);
    for (const vxc of gone) expect(resources(vxc).vll).toEqual([]);
    const live = vxcs.filter((v) => v.provisioningStatus === "LIVE");
    for (const vxc of live) expect(Array.isArray(resources(vxc).interface)).toBe(true);
    expect(raw.filter((p) => typeof p.createDate === "string").length).toBeGreaterThan(2);
    expect(raw.filter((p) => typeof p.createDate === "number").length).toBeGreaterThan(2);
    expect(vxcs.some((v) => typeof v.createDate === "string")).toBe(true);
    expect(raw.some((p) => p.contractEndDate === null || vxcs.some((v) => v.contractEndDate === null))).toBe(true);
    expect(new Set(raw.map((p) => p.productType))).toEqual(new Set(["MEGAPORT", "MCR2", "mve"]));
    expect(raw.every((p) => typeof p.companyUid === "string" && typeof p.companyName === "string")).toBe(true);
    expect(vxcs.every((v) => typeof v.shutdown === "boolean" && v.vxcApproval !== undefined)).toBe(true);
    expect(vxcs.find((v) => v.shutdown === true)).toMatchObject({ provisioningStatus: "LIVE", up: false });
    expect(vxcs.find((v) => (v.vxcApproval as { status: string | null }).status !== null)).toMatchObject({ vxcApproval: { status: "PENDING_EXTERNAL", type: "NEW" } });

    // Patchbay reads every one of them: nothing left out.
    const { value: reply, unreadable } = collectUnreadable(() => ZMegaportProductsReply.parse({ data: raw, message: "" }));
    expect(unreadable).toEqual([]);
    expect(reply.data).toHaveLength(raw.length);
    expect(new Set(reply.data.map((p) => p.productType))).toEqual(new Set(["MEGAPORT", "MCR2", "MVE"]));
    const statuses = new Set([...reply.data, ...reply.data.flatMap((p) => p.associatedVxcs)].map((s) => s.provisioningStatus));
    expect([...statuses].sort()).toEqual([...MEGAPORT_PROVISIONING_STATUSES].sort());
    expect(reply.data.flatMap((p) => p.associatedIxs).length).toBeGreaterThan(0);
    const mve = reply.data.find((p) => p.productType === "MVE" && p.provisioningStatus === "LIVE")!;
    expect(mve).toMatchObject({ portSpeed: null, vendor: "CISCO", mveSize: "SMALL" });
    expect(reply.data.every((p) => typeof p.createDate === "number")).toBe(true);
  });

  it("opens one product, VXC or IX by its uid in the envelope, only the caller's own", async () => {
    await start();
    const { session } = await login();
    const reply = ZMegaportProductsReply.parse(await (await get("/v2/products", session)).json());
    const live = reply.data.flatMap((p) => p.associatedVxcs).find((v) => v.provisioningStatus === "LIVE")!;
    const one = ZMegaportProductReply.parse(await (await get(`/v2/product/${live.productUid}`, session)).json());
    expect(one.data).toMatchObject({ productUid: live.productUid, productType: "VXC" });
    await expectRefused(await get("/v2/product/not-a-uid", session), 404);
    const agent = await login(serviceAgent);
    await expectRefused(await get(`/v2/product/${live.productUid}`, agent.session), 404);
  });

  it("lists the company's users at GET /v2/employment, for a session and an API key alike", async () => {
    await start();
    const { session } = await login();
    const users = ZMegaportEmploymentReply.parse(await (await get("/v2/employment", session)).json()).data;
    expect(users.map((u) => u.email).sort()).toEqual([MEGAPORT_CREDENTIALS.username, mfaUser.username].sort());
    expect(users.every((u) => u.companyId === 1187 && u.companyName === "Northwind Interconnect")).toBe(true);
    expect(users.find((u) => u.email === mfaUser.username)).toMatchObject({ position: "Technical Admin", mfaEnabled: true, active: true });
    const basic = Buffer.from(`${MEGAPORT_CREDENTIALS.accessKey}:${MEGAPORT_CREDENTIALS.secretKey}`).toString("base64");
    const { access_token } = ZMegaportOAuthToken.parse(await (await fetch(`${served.url}/oauth2/token?grant_type=client_credentials`, { method: "POST", headers: { Authorization: `Basic ${basic}` } })).json());
    const byKey = ZMegaportEmploymentReply.parse(await (await fetch(`${served.url}/v2/employment`, { headers: { Authorization: `Bearer ${access_token}` } })).json()).data;
    expect(byKey.map((u) => u.personId)).toEqual(users.map((u) => u.personId));
  });

  it("lets a test overwrite fields of one product, as a vendor change would, until reset", async () => {
    await start();
    const { session } = await login();
    const [first] = await rawProducts(session);
    const uid = first!.productUid as string;
    expect((await fetch(`${served.url}/_sim/products/${uid}/fields`, { method: "POST", body: JSON.stringify({ provisioningStatus: { code: 7 } }) })).status).toBe(204);
    const changed = await rawProducts(session);
    expect(changed.find((p) => p.productUid === uid)).toMatchObject({ provisioningStatus: { code: 7 } });
    await fetch(`${served.url}/_sim/reset`, { method: "POST" });
    const fresh = await login();
    expect((await rawProducts(fresh.session)).find((p) => p.productUid === uid)).toMatchObject({ provisioningStatus: first!.provisioningStatus });
  });
});
