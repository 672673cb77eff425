import { expect, type Page } from "@playwright/test";
import { E2E } from "../playwright.config";

export const admin = { email: E2E.adminEmail, password: E2E.adminPassword };
export const simulatorUrl = `http://127.0.0.1:${E2E.simulatorPort}`;

/** Each simulated vendor's base URL, as a connection to it is configured (demoConnections takes this shape). */
export const simulatorUrls = {
  nettica: `${simulatorUrl}/nettica`,
  acreto: `${simulatorUrl}/acreto`,
  provision: `${simulatorUrl}/provision/api/v1/api.php`,
  n2n: `${simulatorUrl}/n2n`,
  megaport: `${simulatorUrl}/megaport`,
  megaportAuth: `${simulatorUrl}/megaport-auth`,
};

/** Signs in through the real login form and waits for the console. */
export async function signIn(page: Page, user: { email: string; password: string }) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/login/);
}

const addedConnections: string[] = [];

/** Adds a connection through the console's API, as an admin would in Settings → Connections; `removeAddedConnections` deletes it. */
export async function addConnection(page: Page, connection: { vendor: string; name: string; baseUrl: string; values: Record<string, string> }) {
  const response = await page.request.post("/api/connections", { headers: { origin: new URL(page.url()).origin }, data: { ...connection, name: `${connection.name} ${Date.now()}` } });
  expect(response.status()).toBe(201);
  const { connection: added } = (await response.json()) as { connection: { id: string; name: string } };
  addedConnections.push(added.id);
  return added;
}

/** Deletes the connections the test added, so specs after it see only their own. */
export async function removeAddedConnections(page: Page) {
  for (const id of addedConnections.splice(0)) {
    const response = await page.request.delete(`/api/connections/${id}`, { headers: { origin: new URL(page.url()).origin } });
    expect([200, 204, 404]).toContain(response.status());
  }
}
