import { expect, test } from "@playwright/test";
import { demoConnections } from "../scripts/demo/demo-connections";
import { SIMULATOR_CREDENTIALS } from "../simulators/credentials";
import { admin, signIn, simulatorUrl } from "./support";

const urls = {
  nettica: `${simulatorUrl}/nettica`,
  acreto: `${simulatorUrl}/acreto`,
  provision: `${simulatorUrl}/provision/api/v1/api.php`,
  n2n: `${simulatorUrl}/n2n`,
  megaport: `${simulatorUrl}/megaport`,
  megaportAuth: `${simulatorUrl}/megaport-auth`,
};

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
