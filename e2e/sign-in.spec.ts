import { expect, test } from "@playwright/test";
import { admin, signIn } from "./support";

const CONSOLE_PAGES = ["/", "/nettica", "/acreto", "/ipam", "/n2n", "/megaport", "/alerts", "/audit", "/settings/connections", "/settings/users"];

test("a signed-out browser is sent to /login from every console page", async ({ page }) => {
  for (const path of CONSOLE_PAGES) {
    await page.goto(path);
    await expect(page, `visiting ${path}`).toHaveURL(/\/login\?callbackUrl=/);
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  }
});

test("signed-out API calls get 401 JSON", async ({ request }) => {
  for (const path of ["/api/connections", "/api/overview", "/api/users", "/api/audit"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(401);
    expect(await response.json()).toMatchObject({ error: "unauthenticated" });
  }
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toMatchObject({ status: "ok", database: { kind: "pglite", ok: true } });
});

test("a wrong password is refused, and the attempt is in the audit trail", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill(admin.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText("Invalid credentials");
  await expect(page).toHaveURL(/\/login/);

  await signIn(page, admin);
  await page.getByRole("link", { name: "Audit" }).click();
  // Actions read in words: a refused sign-in is what was tried ("Sign in"), a good one what was done.
  const failed = page.getByRole("row").filter({ hasText: "Sign in" }).filter({ hasText: "failed" });
  await expect(failed.first()).toContainText(admin.email);
  await expect(failed.first().getByRole("cell").nth(2)).toHaveAttribute("title", "auth.sign_in");
  await expect(page.getByRole("row").filter({ hasText: "Signed in" }).filter({ hasText: "ok" }).first()).toBeVisible();
});

test("the first admin signs in, lands on the overview, and returns to the page they asked for", async ({ page }) => {
  await page.goto("/audit");
  await expect(page).toHaveURL(/callbackUrl=%2Faudit/);
  await page.getByLabel("Email").fill(admin.email);
  await page.getByLabel("Password").fill(admin.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Audit trail" })).toBeVisible();
  await expect(page.getByText(`${admin.email}`).first()).toBeVisible();
  await page.getByRole("link", { name: "Overview" }).click();
  await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
});
