import { expect, test } from "@playwright/test";
import { admin, signIn, signOut } from "./support";

const viewer = { email: "viewer@patchbay.test", password: "viewer-password-123" };

test("a viewer cannot open connection settings or call its API", async ({ page }) => {
  await signIn(page, admin);
  await page.getByRole("link", { name: /Users/ }).click();
  await page.getByRole("button", { name: "Add user" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Email").fill(viewer.email);
  await dialog.getByLabel("Role").selectOption("viewer");
  await dialog.getByLabel("Initial password").fill(viewer.password);
  await dialog.getByRole("button", { name: "Add user" }).click();
  await expect(page.getByRole("row").filter({ hasText: viewer.email })).toBeVisible();
  await signOut(page);

  await signIn(page, viewer);
  await expect(page.getByRole("link", { name: /Connections/ })).toHaveCount(0);
  const response = await page.goto("/settings/connections");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();

  const list = await page.request.get("/api/connections");
  expect(list.status()).toBe(403);
  const create = await page.request.post("/api/connections", {
    headers: { origin: new URL(page.url()).origin },
    data: { vendor: "nettica", name: "sneaky", values: { apiKey: "x" } },
  });
  expect(create.status()).toBe(403);
  expect((await page.request.get("/api/users")).status()).toBe(403);
  // The overview is for every role.
  expect((await page.request.get("/api/overview")).status()).toBe(200);
});
