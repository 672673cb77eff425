import { expect, test } from "@playwright/test";
import { demoConnections } from "../scripts/demo/demo-connections";
import { SIMULATOR_CREDENTIALS } from "../simulators/credentials";
import { admin, signIn, simulatorUrls } from "./support";

const urls = simulatorUrls;

test("with one connection per vendor, as the demo seeds them, every overview card is green", async ({ page }) => {
  await signIn(page, admin);
  const origin = new URL(page.url()).origin;
  const names: string[] = [];
  for (const connection of demoConnections(urls, SIMULATOR_CREDENTIALS)) {
    const name = `${connection.name} ${Date.now()}`;
    names.push(name);
    const response = await page.request.post("/api/connections", { headers: { origin }, data: { ...connection, name } });
    expect(response.status(), connection.vendor).toBe(201);
  }

  await page.reload();
  for (const name of names) {
    const card = page.getByTestId("connection-card").filter({ hasText: name });
    await expect(card, name).toHaveAttribute("data-status", "ok");
    await expect(card).toContainText("Healthy");
    await expect(card).toContainText(/Latency\s*\d+ ms/);
  }
  // The Acreto account has MFA on: the server answered the challenge from the stored seed.
  const acreto = page.getByTestId("connection-card").filter({ hasText: "Acreto" }).filter({ hasText: "MFA" });
  await expect(acreto.first()).toContainText("Signed inYes");

  const otp = await fetch(`${urls.acreto}/_sim/stats`).then((r) => r.json() as Promise<{ byStatus: Record<string, number> }>);
  expect(otp.byStatus["424"] ?? 0).toBeGreaterThan(0);
});

test("a Nettica gateway that stops checking in is on the overview at once, critical and linked to its page", async ({ page }) => {
  await signIn(page, admin);
  const origin = new URL(page.url()).origin;
  const added = await page.request.post("/api/connections", {
    headers: { origin },
    data: { vendor: "nettica", name: `Nettica attention ${Date.now()}`, baseUrl: urls.nettica, values: { apiKey: SIMULATOR_CREDENTIALS.nettica.apiKey } },
  });
  expect(added.status()).toBe(201);
  const { connection } = (await added.json()) as { connection: { id: string; name: string } };
  const control = (path: string, body: unknown = {}) => fetch(`${urls.nettica}/_sim${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  const devices = (await (await fetch(`${urls.nettica}/_sim/devices`)).json()) as { id: string; name: string }[];
  const gateway = devices.find((device) => device.name === "nyc-gw-01")!;
  try {
    // It stops checking in as of 301 s ago: the simulator's clock steps back, the device goes quiet, the clock returns.
    await control("/clock", { advanceMs: -301_000 });
    await control(`/devices/${gateway.id}/down`);
    await control("/clock", { advanceMs: 301_000 });

    await page.goto("/");
    // Nettica's summary counts this connection's devices down.
    await expect(page.getByRole("region", { name: "Nettica · VPN devices" })).toContainText(new RegExp(`${connection.name}\\s*\\d+ devices? down`));
    // Worst first: other connections' older criticals may come before it, past the first rows.
    const showAll = page.getByRole("button", { name: /^Show all \d+$/ });
    if (await showAll.isVisible()) await showAll.click();
    const row = page.getByTestId("attention-list").getByRole("listitem").filter({ hasText: connection.name }).filter({ hasText: "nyc-gw-01 is down" });
    await expect(row).toHaveAttribute("data-severity", "critical");
    await expect(row).toContainText(/last seen \d+ min ago/);
    await row.getByRole("link", { name: "nyc-gw-01 is down" }).click();
    await expect(page).toHaveURL(`/nettica/devices/${gateway.id}?connection=${connection.id}`);
    await expect(page.getByRole("heading", { level: 1, name: "nyc-gw-01" })).toBeVisible();
  } finally {
    await control(`/devices/${gateway.id}/up`);
    await page.request.delete(`/api/connections/${connection.id}`, { headers: { origin } });
  }
});
