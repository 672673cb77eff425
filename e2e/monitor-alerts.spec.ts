import { expect, test } from "@playwright/test";
import { startWebhookReceiver } from "../lib/server/alerts/testing/webhook-receiver";
import { E2E } from "../playwright.config";
import { NETTICA_CREDENTIALS } from "../simulators/credentials";
import { addConnection, admin, removeAddedConnections, signIn, simulatorUrl } from "./support";

// VPNs already down when monitoring starts alert once, as the seed's monitor does; a channel added
// afterwards is sent what is down now and no channel heard of.
const pass = (baseUrl: string) => fetch(`${baseUrl}/api/cron/monitor`, { headers: { authorization: `Bearer ${E2E.cronSecret}` } });

test("VPNs down when monitoring starts alert once, and a channel added later still hears of them", async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  const receiver = await startWebhookReceiver();
  await signIn(page, admin);
  const origin = new URL(page.url()).origin;
  // Only this spec's channel, so what it hears is what a console with no channel yet would send.
  const channels = ((await (await page.request.get("/api/alerts/channels")).json()) as { channels: { id: string; kind: string; enabled: boolean }[] }).channels.filter((c) => c.enabled);
  for (const channel of channels) await page.request.patch(`/api/alerts/channels/${channel.id}`, { headers: { origin }, data: { kind: channel.kind, enabled: false } });
  try {
    const connection = await addConnection(page, { vendor: "nettica", name: "Monitored from scratch", baseUrl: `${simulatorUrl}/nettica`, values: { apiKey: NETTICA_CREDENTIALS.apiKey } });
    // Down by the 300 s rule: each VPN of theirs that others dial is one alert.
    const devices = (await (await fetch(`${simulatorUrl}/nettica/_sim/devices`)).json()) as { name: string; lastSeenAt: number | null; endpoints: string[] }[];
    const vpnsDown = devices.filter((d) => d.lastSeenAt !== null && Date.now() - d.lastSeenAt > 300_000).reduce((sum, device) => sum + device.endpoints.length, 0);
    expect(vpnsDown).toBeGreaterThan(0);
    expect((await pass(baseURL!)).status).toBe(200);

    await page.goto("/alerts");
    const mine = page.getByRole("row").filter({ hasText: connection.name });
    await expect(mine.filter({ hasText: "Down" })).toHaveCount(vpnsDown);
    await expect(page.getByTestId("monitor-status")).toContainText(/VPNs down now: \d+, on \d+ devices?/);
    await expect(mine.first()).toHaveAttribute("title", /found down when monitoring began/);
    // "last check N s ago" moves on by itself.
    const lastCheck = page.getByTestId("monitor-status").locator("time").first();
    const shown = await lastCheck.textContent();
    await expect.poll(() => lastCheck.textContent(), { timeout: 5_000 }).not.toBe(shown);

    // Now a channel: it is sent those alerts with the next pass, once.
    const added = await page.request.post("/api/alerts/channels", { headers: { origin }, data: { kind: "webhook", name: `Late hook ${Date.now()}`, enabled: true, url: receiver.url("/hooks/late") } });
    expect(added.status()).toBe(201);
    const heard = () => receiver.hooks.filter((hook) => (hook.json.event as { connection?: string } | undefined)?.connection === connection.name);
    await expect.poll(async () => (await pass(baseURL!), heard().length), { timeout: 30_000, intervals: [1_000] }).toBe(vpnsDown);
    await pass(baseURL!);
    expect(heard()).toHaveLength(vpnsDown);
    expect(new Set(heard().map((hook) => (hook.json.event as { kind: string }).kind))).toEqual(new Set(["down"]));
    await page.request.delete(`/api/alerts/channels/${((await added.json()) as { channel: { id: string } }).channel.id}`, { headers: { origin } });
  } finally {
    for (const channel of channels) await page.request.patch(`/api/alerts/channels/${channel.id}`, { headers: { origin }, data: { kind: channel.kind, enabled: true } });
    await removeAddedConnections(page);
    await receiver.close();
  }
});
