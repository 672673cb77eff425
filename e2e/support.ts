import { expect, type Page } from "@playwright/test";
import { E2E } from "../playwright.config";

export const admin = { email: E2E.adminEmail, password: E2E.adminPassword };
export const simulatorUrl = `http://127.0.0.1:${E2E.simulatorPort}`;

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
