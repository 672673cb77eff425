import { createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZAcretoLogin } from "@/lib/vendors/acreto/schemas";
import { ZMegaportOAuthToken, ZMegaportProductsReply } from "@/lib/vendors/megaport/schemas";
import { ZN2nDevices } from "@/lib/vendors/n2n/schemas";
import { ZNetticaDevices } from "@/lib/vendors/nettica/schemas";
import { ZProvisionBlocksReply } from "@/lib/vendors/provision/schemas";
import { TEST_EPOCH } from "./core/testing";
import { startSimulators, type TRunningSimulators } from ".";

let running: TRunningSimulators;
beforeAll(async () => {
  running = await startSimulators({ port: 0, seed: 11, now: () => TEST_EPOCH });
});
afterAll(async () => {
  await running.close();
});

describe("startSimulators", () => {
  it("serves all five vendors on one server, a path prefix each", async () => {
    const { urls, credentials: c } = running;
    expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

    const nettica = await fetch(`${urls.nettica}/device`, { headers: { "X-API-KEY": c.nettica.apiKey } });
    expect(ZNetticaDevices.parse(await nettica.json()).length).toBeGreaterThan(30);

    const acreto = await fetch(`${urls.acreto}/auth/login`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(c.acreto.admin) });
    expect(ZAcretoLogin.parse(await acreto.json()).customers).toHaveLength(2);

    const query = `target=ipam&action=get&tags=${encodeURIComponent("customer,vpn")}&apiKey=${c.provision.apiKey}`;
    const hash = encodeURIComponent(createHmac("sha256", c.provision.secretKey).update(query).digest("base64"));
    const provision = await fetch(`${urls.provision}?${query}&hash=${hash}`);
    expect(ZProvisionBlocksReply.parse(await provision.json()).data.length).toBeGreaterThan(0);

    const n2n = await fetch(`${urls.n2n}/devices?limit=10`, { headers: { Authorization: `Basic ${Buffer.from(`api:${c.n2n.apiKey}`).toString("base64")}` } });
    expect(ZN2nDevices.parse(await n2n.json())).toHaveLength(10);

    const oauth = await fetch(`${urls.megaportAuth}/oauth2/token?grant_type=client_credentials`, {
      method: "POST",
      headers: { Authorization: `Basic ${Buffer.from(`${c.megaport.accessKey}:${c.megaport.secretKey}`).toString("base64")}` },
    });
    const token = ZMegaportOAuthToken.parse(await oauth.json());
    const products = await fetch(`${urls.megaport}/v2/products`, { headers: { Authorization: `Bearer ${token.access_token}` } });
    expect(ZMegaportProductsReply.parse(await products.json()).data.length).toBeGreaterThan(10);
  });

  it("exposes each simulator's control API under its prefix, counting calls per route", async () => {
    const stats = (await (await fetch(`${running.controlUrls.nettica}/stats`)).json()) as { byRoute: Record<string, number> };
    expect(stats.byRoute["GET /device"]).toBe(1);
    expect(running.simulators.megaport.stats.count("POST /oauth2/token")).toBe(1);
    expect((await fetch(`${running.url}/nowhere`)).status).toBe(404);
  });
});
