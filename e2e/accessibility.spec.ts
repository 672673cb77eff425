import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { removeTour, settled, tourPages } from "./console-pages";
import { admin, signIn } from "./support";

// axe-core on every page, light and dark, with data on each: no serious or critical violation.
const SEVERE = new Set(["serious", "critical"]);

async function severeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((violation) => SEVERE.has(violation.impact ?? ""))
    .map((violation) => `${violation.impact} ${violation.id}: ${violation.help} — ${violation.nodes.slice(0, 3).map((node) => node.target.join(" ")).join(" | ")}`);
}

test("every page passes axe-core without a serious or critical violation, in light and in dark", async ({ page }) => {
  test.setTimeout(300_000);
  const found: Record<string, string[]> = {};
  await page.goto("/login");
  found["login (light)"] = await severeViolations(page);
  await signIn(page, admin);
  const { pages, connections } = await tourPages(page);
  try {
    for (const { name, path } of pages) {
      await page.emulateMedia({ colorScheme: "light" });
      await page.goto(path);
      await settled(page);
      // The theme follows the system by default, and turns with it on the open page.
      for (const scheme of ["light", "dark"] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await expect(page.locator("html")).toHaveClass(new RegExp(`\\b${scheme}\\b`));
        const violations = await severeViolations(page);
        if (violations.length) found[`${name} (${scheme})`] = violations;
      }
    }
    // The search palette and the phone menu, opened.
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto("/");
    await page.keyboard.press("Control+k");
    await expect(page.getByRole("dialog", { name: "Search every connection" })).toBeVisible();
    await page.getByRole("combobox").fill("gw");
    await settled(page);
    found["search palette"] = await severeViolations(page);
  } finally {
    await removeTour(page, connections);
  }
  const failing = Object.fromEntries(Object.entries(found).filter(([, violations]) => violations.length > 0));
  expect(failing).toEqual({});
});
