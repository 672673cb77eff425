import fs from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { expect, test, type Response } from "@playwright/test";
import { E2E } from "../playwright.config";
import { NETTICA_CREDENTIALS } from "../simulators/credentials";
import { admin, signIn, simulatorUrl } from "./support";

/** Every file of the embedded database, as bytes, to look for a string in it. */
function databaseContains(text: string): boolean {
  const needle = Buffer.from(text);
  const walk = (dir: string): boolean =>
    fs.readdirSync(dir, { withFileTypes: true }).some((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? walk(full) : fs.readFileSync(full).includes(needle);
    });
  return walk(path.join(E2E.dataDir, "pglite"));
}

test("an admin adds a Nettica connection; its key never comes back and is stored only encrypted", async ({ page }) => {
  const key = NETTICA_CREDENTIALS.apiKey;
  const name = `Branch VPN ${Date.now()}`;
  const bodies: string[] = [];
  const pending: Promise<void>[] = [];
  page.on("response", (response: Response) => {
    pending.push(response.body().then((body) => void bodies.push(body.toString("latin1")), () => undefined));
  });

  await signIn(page, admin);
  await page.getByRole("link", { name: /Connections/ }).click();
  await page.getByRole("button", { name: "Add connection" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Vendor").selectOption("nettica");
  await dialog.getByLabel("Name").fill(name);
  await dialog.getByLabel("API base URL").fill(`${simulatorUrl}/nettica`);
  await dialog.getByLabel("API key").fill(key);
  await dialog.getByRole("button", { name: "Add connection" }).click();
  await expect(dialog).toBeHidden();

  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText("API key stored");
  await row.getByRole("button", { name: `Test ${name}` }).click();
  await expect(row.getByRole("status")).toHaveText(/^OK · \d+ ms$/);

  // The edit form offers "Replace", never the value.
  await row.getByRole("button", { name: `Edit ${name}` }).click();
  await expect(dialog.getByTestId("apiKey-set")).toBeVisible();
  await expect(dialog.locator("input[type=password]")).toHaveCount(0);
  await dialog.getByRole("button", { name: "Cancel" }).click();

  await page.reload();
  await page.getByRole("link", { name: "Overview" }).click();
  await expect(page.getByTestId("connection-card").filter({ hasText: name })).toHaveAttribute("data-status", "ok");
  const audit = await page.request.get("/api/audit");
  bodies.push(await audit.text());
  await Promise.all(pending);

  expect(bodies.length).toBeGreaterThan(5);
  for (const body of bodies) expect(body.includes(key)).toBe(false);
  expect(await page.content()).not.toContain(key);

  // The name is in the database files (so the scan sees the row); the key is not.
  await expect.poll(() => databaseContains(name)).toBe(true);
  expect(databaseContains(key)).toBe(false);
});

test("a wrong key shows the vendor's refusal on Test", async ({ page }) => {
  await signIn(page, admin);
  await page.goto("/settings/connections");
  await page.getByRole("button", { name: "Add connection" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Name").fill("Wrong key");
  await dialog.getByLabel("API base URL").fill(`${simulatorUrl}/nettica`);
  await dialog.getByLabel("API key").fill("nettica-api-00000000000000000000000000000000");
  await dialog.getByRole("button", { name: "Add connection" }).click();
  const row = page.getByRole("row").filter({ hasText: "Wrong key" });
  await row.getByRole("button", { name: "Test Wrong key" }).click();
  await expect(row.getByRole("status")).toContainText(/unauthori[sz]ed|rejected|refused/i);

  await row.getByRole("button", { name: "Delete Wrong key" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete connection" }).click();
  await expect(row).toHaveCount(0);
});

test("re-pointed at another host, a connection sends the stored key nowhere until the admin confirms it belongs there", async ({ page }) => {
  const seen: string[] = [];
  const stranger = createServer((req, res) => {
    seen.push(JSON.stringify(req.headers));
    res.writeHead(200, { "content-type": "application/json" }).end("[]");
  });
  await new Promise<void>((resolve) => stranger.listen(0, "127.0.0.1", resolve));
  const strangerUrl = `http://localhost:${(stranger.address() as AddressInfo).port}`;
  const name = `Moving VPN ${Date.now()}`;
  try {
    await signIn(page, admin);
    await page.goto("/settings/connections");
    await page.getByRole("button", { name: "Add connection" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Vendor").selectOption("nettica");
    await dialog.getByLabel("Name").fill(name);
    await dialog.getByLabel("API base URL").fill(`${simulatorUrl}/nettica`);
    await dialog.getByLabel("API key").fill(NETTICA_CREDENTIALS.apiKey);
    await dialog.getByRole("button", { name: "Add connection" }).click();
    await expect(dialog).toBeHidden();

    const row = page.getByRole("row").filter({ hasText: name });
    await row.getByRole("button", { name: `Edit ${name}` }).click();
    await dialog.getByLabel("API base URL").fill(strangerUrl);
    await dialog.getByRole("button", { name: "Save" }).click();
    await expect(dialog.getByRole("alert")).toContainText(`another host (${strangerUrl})`);
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await row.getByRole("button", { name: `Test ${name}` }).click();
    await expect(row.getByRole("status")).toHaveText(/^OK · \d+ ms$/); // still the simulator
    expect(seen).toEqual([]);

    // The admin confirms: from now on the key goes to the new host, as they said.
    await row.getByRole("button", { name: `Edit ${name}` }).click();
    await dialog.getByLabel("API base URL").fill(strangerUrl);
    await dialog.getByRole("button", { name: "Save" }).click();
    await dialog.getByRole("button", { name: "They belong to the new host: save" }).click();
    await expect(dialog).toBeHidden();
    await expect(row).toContainText(strangerUrl.replace("http://", ""));
  } finally {
    // Leave no connection to a host that is gone behind for the specs that follow.
    const listed = (await (await page.request.get("/api/connections")).json()) as { connections: { id: string; name: string }[] };
    const moving = listed.connections.find((connection) => connection.name === name);
    if (moving) await page.request.delete(`/api/connections/${moving.id}`, { headers: { origin: `http://127.0.0.1:${E2E.consolePort}` } });
    await new Promise((resolve) => stranger.close(resolve));
  }
});

test("a connection's test result stays beside it when a connection above it is deleted or another is added", async ({ page }) => {
  await signIn(page, admin);
  const stamp = Date.now();
  const origin = new URL(page.url()).origin;
  const add = async (name: string) => {
    const response = await page.request.post("/api/connections", { headers: { origin }, data: { vendor: "nettica", name, baseUrl: `${simulatorUrl}/nettica`, values: { apiKey: NETTICA_CREDENTIALS.apiKey } } });
    expect(response.status()).toBe(201);
    return ((await response.json()) as { connection: { id: string } }).connection.id;
  };
  const above = `AAA row above ${stamp}`;
  const tested = `BBB tested row ${stamp}`;
  const added = `CCC added later ${stamp}`;
  const ids = [await add(above), await add(tested)];
  try {
    await page.goto("/settings/connections");
    const row = page.getByRole("row").filter({ hasText: tested });
    await row.getByRole("button", { name: `Test ${tested}` }).click();
    await expect(row.getByRole("status")).toHaveText(/^OK · \d+ ms$/);

    await page.getByRole("row").filter({ hasText: above }).getByRole("button", { name: `Delete ${above}` }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Delete connection" }).click();
    await expect(page.getByRole("row").filter({ hasText: above })).toHaveCount(0);
    await expect(row.getByRole("status")).toHaveText(/^OK · \d+ ms$/);
    await expect(page.getByRole("status").filter({ hasText: /^OK · / })).toHaveCount(1);

    await page.getByRole("button", { name: "Add connection" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Vendor").selectOption("nettica");
    await dialog.getByLabel("Name").fill(added);
    await dialog.getByLabel("API base URL").fill(`${simulatorUrl}/nettica`);
    await dialog.getByLabel("API key").fill(NETTICA_CREDENTIALS.apiKey);
    await dialog.getByRole("button", { name: "Add connection" }).click();
    await expect(page.getByRole("row").filter({ hasText: added })).toHaveCount(1);
    await expect(row.getByRole("status")).toHaveText(/^OK · \d+ ms$/);
    await expect(page.getByRole("status").filter({ hasText: /^OK · / })).toHaveCount(1);
  } finally {
    const listed = ((await (await page.request.get("/api/connections")).json()) as { connections: { id: string; name: string }[] }).connections;
    for (const { id } of listed.filter((c) => c.name === added)) ids.push(id);
    for (const id of ids) await page.request.delete(`/api/connections/${id}`, { headers: { origin } });
  }
});
