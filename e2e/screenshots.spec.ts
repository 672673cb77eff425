import fs from "node:fs";
import path from "node:path";
import { test } from "@playwright/test";
import { removeTour, settled, tourPages } from "./console-pages";
import { admin, signIn } from "./support";

// `npm run screenshots`: every page at 1440×900 in light and dark, and at 390×844 (a phone), into
// ./screenshots/, to be looked at. Not part of `npm test`.
test.skip(!process.env.SCREENSHOTS, "run with npm run screenshots");

const OUT = path.resolve("screenshots");
const VIEWS = [
  { name: "1440-light", viewport: { width: 1440, height: 900 }, colorScheme: "light" as const },
  { name: "1440-dark", viewport: { width: 1440, height: 900 }, colorScheme: "dark" as const },
  { name: "390-light", viewport: { width: 390, height: 844 }, colorScheme: "light" as const },
];

test("screenshots of every page", async ({ page }) => {
  test.setTimeout(600_000);
  fs.mkdirSync(OUT, { recursive: true });
  await page.setViewportSize(VIEWS[0]!.viewport);
  await page.goto("/login");
  await page.screenshot({ path: path.join(OUT, "login-1440-light.png") });
  await signIn(page, admin);
  const { pages, connections } = await tourPages(page);
  try {
    for (const view of VIEWS) {
      await page.setViewportSize(view.viewport);
      await page.emulateMedia({ colorScheme: view.colorScheme });
      for (const { name, path: url } of pages) {
        await page.goto(url);
        await settled(page);
        await page.screenshot({ path: path.join(OUT, `${name}-${view.name}.png`), fullPage: true });
      }
    }
    // Two dialogs an admin opens often: a connection's alert thresholds, and the search palette.
    await page.setViewportSize(VIEWS[0]!.viewport);
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto("/settings/connections");
    await page.getByRole("row").filter({ hasText: "ProVision" }).getByRole("button", { name: /thresholds/i }).first().click({ timeout: 10_000 });
    await page.getByRole("dialog").getByRole("button", { name: /Reset to defaults|Save/ }).first().waitFor({ timeout: 10_000 });
    await page.screenshot({ path: path.join(OUT, "thresholds-dialog-1440-light.png") });
    await page.keyboard.press("Escape");
    await page.keyboard.press("Control+k");
    await page.getByRole("combobox").fill("10.0.0.7");
    await page.getByRole("option").first().waitFor({ timeout: 15_000 });
    await settled(page);
    await page.screenshot({ path: path.join(OUT, "search-palette-1440-light.png") });
  } finally {
    await removeTour(page, connections);
  }
});
