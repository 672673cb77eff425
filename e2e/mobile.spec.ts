import { expect, test } from "@playwright/test";
import { removeTour, settled, tourPages } from "./console-pages";
import { admin, signIn } from "./support";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test("on a phone, the menu button walks from a vendor page to Alerts and to Settings", async ({ page }) => {
  await signIn(page, admin);
  await page.goto("/nettica");
  // The sidebar is hidden below 768 px; the menu holds the same links.
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await page.getByRole("button", { name: "Open the menu" }).click();
  const menu = page.getByRole("dialog", { name: "Menu" });
  await expect(menu.getByRole("link", { name: /Nettica/ })).toHaveAttribute("aria-current", "page");
  await menu.getByRole("link", { name: "Alerts" }).click();
  await expect(page).toHaveURL(/\/alerts$/);
  await expect(menu).toBeHidden();
  await expect(page.getByRole("heading", { level: 1, name: /Alerts/ })).toBeVisible();

  await page.getByRole("button", { name: "Open the menu" }).click();
  await menu.getByRole("link", { name: /Connections/ }).click();
  await expect(page).toHaveURL(/\/settings\/connections$/);
  await expect(menu).toBeHidden();
  // Escape closes it too, and the page does not scroll sideways.
  await page.getByRole("button", { name: "Open the menu" }).click();
  await page.keyboard.press("Escape");
  await expect(menu).toBeHidden();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(391);
});

test("every page has an icon: /favicon.ico answers and the document links one", async ({ page, request }) => {
  const icon = await request.get("/favicon.ico");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toMatch(/image\//);
  await page.goto("/login");
  await expect(page.locator('link[rel="icon"]').first()).toHaveAttribute("href", /icon|favicon/);
});

test("no page scrolls sideways on a phone: wide tables scroll inside their own box", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, admin);
  const { pages, connections } = await tourPages(page);
  try {
    const wide: string[] = [];
    for (const { name, path } of pages) {
      await page.goto(path);
      await settled(page);
      // The elements that reach past the window's right edge, outside any box that scrolls on its own.
      // On a phone the browser zooms out to whatever is wider than the screen: compare with the screen's 390 px, not the window.
      const past = await page.evaluate((screen) => {
        const scrollsOwn = (el: Element) => { for (let e: Element | null = el.parentElement; e; e = e.parentElement) if (["auto", "scroll", "hidden"].includes(getComputedStyle(e).overflowX)) return true; return false; };
        return document.documentElement.scrollWidth <= screen + 1
          ? []
          : [...document.querySelectorAll("body *")].filter((el) => el.getBoundingClientRect().right > screen + 1 && !scrollsOwn(el)).slice(0, 3).map((el) => `${el.tagName.toLowerCase()}.${String(el.className).slice(0, 60)}`);
      }, page.viewportSize()!.width);
      if (past.length) wide.push(`${name}: ${past.join(" | ")}`);
    }
    expect(wide).toEqual([]);
  } finally {
    await removeTour(page, connections);
  }
});
