import { generate } from "otplib";
import { afterEach, describe, expect, it } from "vitest";
import {
  ZAcretoDeviceToken,
  ZAcretoEcosystem,
  ZAcretoEcosystems,
  ZAcretoError,
  ZAcretoGroups,
  ZAcretoLogin,
  ZAcretoOtpEnrollment,
  ZAcretoThing,
  ZAcretoUsers,
} from "@/lib/vendors/acreto/schemas";
import type { TServedApp } from "../core/serve";
import { serveApp, TEST_EPOCH } from "../core/testing";
import { ACRETO_CREDENTIALS } from "../credentials";
import { createAcretoSimulator, type TAcretoSimOptions, type TAcretoSimulator } from ".";

let sim: TAcretoSimulator;
let served: TServedApp;

async function start(options: TAcretoSimOptions = {}) {
  sim = createAcretoSimulator({ seed: 3, now: () => TEST_EPOCH, commitDurationMs: 90_000, ...options });
  served = await serveApp(sim.app);
}
afterEach(async () => {
  sim.close();
  await served.close();
});

const json = { "Content-Type": "application/json" };
const call = (path: string, init: RequestInit & { token?: string } = {}) =>
  fetch(`${served.url}${path}`, {
    ...init,
    headers: { ...json, ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}), ...(init.headers as Record<string, string>) },
  });
const login = async (account: { username: string; password: string } = ACRETO_CREDENTIALS.admin, otp?: string) =>
  call("/auth/login", { method: "POST", body: JSON.stringify(account), headers: otp ? { "X-OTP": otp } : {} });
const codeAt = (secret: string) => generate({ secret, epoch: Math.floor(sim.clock.now() / 1000) });

describe("Acreto simulator", () => {
  it("runs the quick-start: login → ecosystems → groups → create a Thing → read it → commit → poll until ok", async () => {
    await start();
    const session = ZAcretoLogin.parse(await (await login()).json());
    expect(session.expiry).toBe(600);
    expect(session.customers.map((c) => c.name)).toEqual(["Northwind Logistics", "Contoso Health"]);
    const token = session.accessToken;
    const customer = session.customers[0].uuid;

    const ecosystems = ZAcretoEcosystems.parse(await (await call(`/customers/${customer}/ecosystems`, { token })).json());
    const ecosystem = ecosystems.find((e) => e.status === "ok")!;
    const base = `/customers/${customer}/ecosystems/${ecosystem.uuid}`;
    const groups = ZAcretoGroups.parse(await (await call(`${base}/groups`, { token })).json());
    expect(groups[0].name).toBe("Profile Group 1");

    const created = await call(`${base}/devices`, {
      method: "POST",
      token,
      body: JSON.stringify({ name: "My first Thing", type: "device", category: "IoT", assetValue: 1, profileGroup: groups[0].uuid }),
    });
    const thing = ZAcretoThing.parse(await created.json());
    expect(thing).toMatchObject({ name: "My first Thing", assetValue: 1, expiry: { time: "0001-01-01T00:00:00.000Z", type: "" } });
    expect(ZAcretoThing.parse(await (await call(`${base}/devices/${thing.uuid}`, { token })).json())).toEqual(thing);
    expect(ZAcretoEcosystem.parse(await (await call(base, { token })).json()).status).toBe("pending_changes");

    const commit = await call(`${base}/commits`, { method: "POST", token });
    expect([commit.status, await commit.text()]).toEqual([204, ""]);
    expect(ZAcretoEcosystem.parse(await (await call(base, { token })).json()).status).toBe("commit_in_progress");

    const refused = await call(`${base}/devices`, { method: "POST", token, body: JSON.stringify({ name: "Second", profileGroup: groups[0].uuid }) });
    expect(refused.status).toBe(409);
    expect(ZAcretoError.parse(await refused.json()).code).toBeGreaterThan(0);
    expect((await call(`${base}/commits`, { method: "POST", token })).status).toBe(409);

    sim.clock.advance(60_000);
    expect(ZAcretoEcosystem.parse(await (await call(base, { token })).json()).status).toBe("commit_in_progress");
    sim.clock.advance(31_000);
    expect(ZAcretoEcosystem.parse(await (await call(base, { token })).json()).status).toBe("ok");
  });

  it("ends a commit in ecosystem_error when told to", async () => {
    await start({ commitOutcome: "ecosystem_error", commitDurationMs: 1_000 });
    const { accessToken: token, customers } = ZAcretoLogin.parse(await (await login()).json());
    const [ecosystem] = ZAcretoEcosystems.parse(await (await call(`/customers/${customers[0].uuid}/ecosystems`, { token })).json());
    const base = `/customers/${customers[0].uuid}/ecosystems/${ecosystem.uuid}`;
    await call(`${base}/commits`, { method: "POST", token });
    sim.clock.advance(1_000);
    expect(ZAcretoEcosystem.parse(await (await call(base, { token })).json()).status).toBe("ecosystem_error");
  });

  it("replaces the whole Thing on PUT: fields left out are zeroed", async () => {
    await start();
    const { accessToken: token, customers } = ZAcretoLogin.parse(await (await login()).json());
    const [ecosystem] = ZAcretoEcosystems.parse(await (await call(`/customers/${customers[0].uuid}/ecosystems`, { token })).json());
    const base = `/customers/${customers[0].uuid}/ecosystems/${ecosystem.uuid}`;
    const [thing] = (await (await call(`${base}/devices`, { token })).json()) as { uuid: string; category: string }[];
    expect(thing.category).not.toBe("");
    const put = await call(`${base}/devices/${thing.uuid}`, { method: "PUT", token, body: JSON.stringify({ name: "Renamed" }) });
    expect(await put.json()).toEqual({
      assetValue: 0,
      category: "",
      expiry: { time: "0001-01-01T00:00:00.000Z", type: "" },
      name: "Renamed",
      profileGroup: "",
      type: "",
      uuid: thing.uuid,
    });
    const rawUsers = (await (await call(`${base}/users`, { token })).json()) as { uuid: string; username?: string }[];
    expect(rawUsers.length).toBeGreaterThan(2);
    // One user comes without a username, as Acreto's Swagger spec allows: the console must read it (VENDORS.md §0).
    expect(rawUsers.filter((user) => !("username" in user))).toHaveLength(1);
    expect(ZAcretoUsers.parse(rawUsers)).toHaveLength(rawUsers.length);
  });

  it("asks for MFA with 424, accepts X-OTP once, and refuses the same code again", async () => {
    await start();
    const { mfaUser } = ACRETO_CREDENTIALS;
    const challenged = await login(mfaUser);
    expect(challenged.status).toBe(424);
    expect(await challenged.json()).toEqual({
      code: 16432,
      message: "This operation requires multi-factor authentication. Please retry with proper multi-factor authentication infromation.",
    });
    const code = await codeAt(mfaUser.totpSecret);
    const accepted = await login(mfaUser, code);
    expect(accepted.status).toBe(200);
    expect(ZAcretoLogin.parse(await accepted.json()).customers).toHaveLength(1);
    const reused = await login(mfaUser, code);
    expect(reused.status).toBe(401);
    expect(ZAcretoError.parse(await reused.json()).code).toBe(16433);
    sim.clock.advance(30_000);
    expect((await login(mfaUser, await codeAt(mfaUser.totpSecret))).status).toBe(200);
  });

  it("refuses bad credentials and an expired token with 401 {code, message}; expiry may be left out", async () => {
    await start({ tokenTtlSeconds: 120, omitExpiry: true });
    const bad = await login({ username: ACRETO_CREDENTIALS.admin.username, password: "wrong" });
    expect(bad.status).toBe(401);
    ZAcretoError.parse(await bad.json());
    const raw = (await (await login()).json()) as Record<string, unknown>;
    expect("expiry" in raw).toBe(false);
    const { accessToken: token, customers } = ZAcretoLogin.parse(raw);
    expect((await call(`/customers/${customers[0].uuid}/ecosystems`, { token })).status).toBe(200);
    sim.clock.advance(121_000);
    const expired = await call(`/customers/${customers[0].uuid}/ecosystems`, { token });
    expect(expired.status).toBe(401);
    ZAcretoError.parse(await expired.json());
    expect((await call(`/customers/${customers[0].uuid}/ecosystems`)).status).toBe(401);
  });

  it("enrols a user in TOTP with a real 200×200 QR code, then asks that user for a code at login", async () => {
    await start();
    const { accessToken: token } = ZAcretoLogin.parse(await (await login()).json());
    const username = encodeURIComponent(ACRETO_CREDENTIALS.admin.username);
    const enrolment = ZAcretoOtpEnrollment.parse(await (await call(`/users/${username}/otp`, { method: "POST", token })).json());
    expect(enrolment.url).toBe(
      `otpauth://totp/Acreto:${ACRETO_CREDENTIALS.admin.username}?algorithm=SHA1&digits=6&issuer=Acreto&period=30&secret=${enrolment.secret}`,
    );
    const png = Buffer.from(enrolment.barcode, "base64");
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([200, 200]);

    const wrong = await call(`/users/${username}/otp`, { method: "PATCH", token, body: JSON.stringify({ code: "000000" }) });
    expect(wrong.status).toBe(400);
    const right = await call(`/users/${username}/otp`, { method: "PATCH", token, body: JSON.stringify({ code: await codeAt(enrolment.secret) }) });
    expect(right.status).toBe(204);
    expect((await login()).status).toBe(424);
    sim.clock.advance(30_000);
    expect((await login(ACRETO_CREDENTIALS.admin, await codeAt(enrolment.secret))).status).toBe(200);
  });

  it("issues device tokens that download an OpenVPN profile until they expire (403 after)", async () => {
    await start({ deviceTokenMaxTtlSeconds: 600 });
    const { accessToken: token, customers } = ZAcretoLogin.parse(await (await login()).json());
    const [ecosystem] = ZAcretoEcosystems.parse(await (await call(`/customers/${customers[0].uuid}/ecosystems`, { token })).json());
    const base = `/customers/${customers[0].uuid}/ecosystems/${ecosystem.uuid}`;
    const [user] = ZAcretoUsers.parse(await (await call(`${base}/users`, { token })).json());
    const [thing] = (await (await call(`${base}/devices`, { token })).json()) as { uuid: string }[];

    const forUser = ZAcretoDeviceToken.parse(await (await call(`${base}/users/${user.uuid}/token`, { method: "POST", token, body: "{}" })).json());
    expect(forUser.token).toMatch(/^s\.[A-Za-z0-9]{24}$/);
    const profile = await fetch(`${served.url}/tlsvpn/config/openvpn-udp?_token=${forUser.token}`);
    expect(profile.status).toBe(200);
    expect(profile.headers.get("Content-Type")).toBe("application/x-openvpn-profile");
    expect(await profile.text()).toMatch(/^client$[\s\S]*auth-user-pass/m);

    const forThing = ZAcretoDeviceToken.parse(
      await (await call(`${base}/devices/${thing.uuid}/token`, { method: "POST", token, body: JSON.stringify({ ttl: 86_400 }) })).json(),
    );
    expect(await (await fetch(`${served.url}/tlsvpn/config/openvpn-udp?_token=${forThing.token}`)).text()).toContain("<key>");
    expect((await fetch(`${served.url}/tlsvpn/config/openvpn-udp?_token=s.nope`)).status).toBe(403);
    sim.clock.advance(601_000);
    expect((await fetch(`${served.url}/tlsvpn/config/openvpn-udp?_token=${forThing.token}`)).status).toBe(403);
  });

  it("lets a test expire every token and change settings over the control API", async () => {
    await start();
    const { accessToken: token, customers } = ZAcretoLogin.parse(await (await login()).json());
    await fetch(`${served.url}/_sim/tokens/expire`, { method: "POST" });
    expect((await call(`/customers/${customers[0].uuid}/ecosystems`, { token })).status).toBe(401);
    const settings = await fetch(`${served.url}/_sim/settings`, { method: "POST", body: JSON.stringify({ commitDurationMs: 5 }) });
    expect(await settings.json()).toMatchObject({ commitDurationMs: 5 });
    const otp = (await (await fetch(`${served.url}/_sim/otp/${encodeURIComponent(ACRETO_CREDENTIALS.mfaUser.username)}`)).json()) as { code: string };
    expect((await login(ACRETO_CREDENTIALS.mfaUser, otp.code)).status).toBe(200);
  });
});
