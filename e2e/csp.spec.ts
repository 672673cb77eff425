import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page, type Response } from "@playwright/test";
import { addDemoConnections, consoleOrigin, ensureUser, removeConnections, sharedSimulatorUrls, signedInPage, type TConnectionRef } from "./hostile-console";
import { admin, signIn } from "./support";

type TViolation = { page: string; directive: string; blocked: string; sample: string };

/** Every page of the console, from the file system: "/nettica/devices/[id]" keeps its dynamic segments. */
function consolePages(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "page.tsx") {
        const segments = path.relative("app", dir).split(path.sep).filter((s) => s && !/^\(.*\)$/.test(s));
        found.push(`/${segments.join("/")}`);
      }
    }
  };
  walk("app");
  return found.sort();
}

const isDynamic = (route: string) => route.includes("[");
const routePattern = (route: string) => new RegExp(`^${route.replace(/\[[^\]]+\]/g, "[^/?#]+")}$`);
/** The nearest page above a dynamic one, where an admin finds the links to it. */
const parentPage = (route: string, pages: string[]) => {
  const segments = route.slice(0, route.indexOf("/[")).split("/");
  while (segments.length > 1 && !pages.includes(segments.join("/"))) segments.pop();
  return segments.join("/") || "/";
};

/** Records CSP violations (the DOM event and Chromium's console message) of every document the page loads. */
async function watchViolations(page: Page, violations: TViolation[]) {
  await page.exposeFunction("__reportCspViolation", (v: Omit<TViolation, "page">) => violations.push({ page: page.url(), ...v }));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const report = (window as unknown as { __reportCspViolation: (v: unknown) => void }).__reportCspViolation;
      report({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample });
    });
  });
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) {
      violations.push({ page: page.url(), directive: "console", blocked: "", sample: message.text().slice(0, 300) });
    }
  });
}

/** The document carries a fresh nonce in its CSP, and every <script> in its HTML carries that nonce. */
async function expectNoncedDocument(response: Response | null, seen: Set<string>) {
  expect(response, "a document response").not.toBeNull();
  const policy = response!.headers()["content-security-policy"] ?? "";
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  expect(nonce, `${response!.url()} has a nonce in its CSP`).toBeTruthy();
  expect(seen.has(nonce!), "a nonce is never reused").toBe(false);
  seen.add(nonce!);
  expect(policy).not.toContain("unsafe-eval");
  expect(policy).toContain("frame-ancestors 'none'");
  const html = await response!.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((tag) => !tag.includes(`nonce="${nonce}"`)), `${response!.url()}: scripts without the nonce`).toEqual([]);
  expect(response!.headers()["x-frame-options"]).toBe("DENY");
  expect(response!.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response!.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
}

async function settle(page: Page) {
  await page.waitForLoadState("networkidle", { timeout: 8_000 }).catch(() => undefined);
}

let connections: TConnectionRef[] = [];

test.afterAll(async ({ browser }) => {
  const page = await signedInPage(browser, admin);
  await removeConnections(page.request, connections);
  await page.context().close();
});

test("every page of the console loads under the strict CSP without a single violation", async ({ page }) => {
  test.setTimeout(240_000);
  const violations: TViolation[] = [];
  await watchViolations(page, violations);
  const nonces = new Set<string>();

  // Signed out: the sign-in page, and /setup (which sends a set-up console to sign in).
  await expectNoncedDocument(await page.goto("/login"), nonces);
  await expectNoncedDocument(await page.goto("/setup"), nonces);
  await expect(page).toHaveURL(/\/login/);

  await signIn(page, admin);
  connections = await addDemoConnections(page.request, sharedSimulatorUrls, "csp");

  const pages = consolePages().filter((route) => !["/login", "/setup"].includes(route));
  expect(pages.length).toBeGreaterThan(10);
  const visited: string[] = [];
  for (const route of pages.filter((r) => !isDynamic(r))) {
    await expectNoncedDocument(await page.goto(route), nonces);
    await settle(page);
    visited.push(route);
  }
  // A dynamic page is reached the way an admin reaches it: by the first link to it on its parent page.
  for (const route of pages.filter(isDynamic)) {
    await page.goto(parentPage(route, pages));
    const pattern = routePattern(route);
    const link = page.locator("a[href]");
    await expect.poll(async () => (await link.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).some((p) => pattern.test(p)), { message: `a link to ${route}`, timeout: 20_000 }).toBe(true);
    const hrefs = await link.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    const target = hrefs.find((href) => pattern.test(new URL(href).pathname))!;
    await expectNoncedDocument(await page.goto(target), nonces);
    await settle(page);
    visited.push(new URL(target).pathname);
  }
  // The not-found page renders per request too, so it has its nonce.
  const missing = await page.goto("/no-such-page");
  expect(missing?.status()).toBe(404);
  await expectNoncedDocument(missing, nonces);

  console.log(`CSP: ${visited.length + 3} documents loaded, each with its own nonce; ${violations.length} violations`);
  expect(visited).toHaveLength(pages.length);
  expect(violations).toEqual([]);
});

test("the forbidden page for a viewer loads under the CSP too", async ({ browser }) => {
  const adminPage = await signedInPage(browser, admin);
  const viewer = await ensureUser(adminPage.request, "viewer", "csp");
  await adminPage.context().close();
  const page = await signedInPage(browser, viewer);
  const violations: TViolation[] = [];
  await watchViolations(page, violations);
  const response = await page.goto("/settings/connections");
  expect(response?.status()).toBe(403);
  await expectNoncedDocument(response, new Set());
  await settle(page);
  expect(violations).toEqual([]);
  await page.context().close();
});

test("the theme toggle, its inline theme script and the toast styles (loaded with the first toast) work under the CSP", async ({ page }) => {
  const violations: TViolation[] = [];
  await watchViolations(page, violations);
  await signIn(page, admin);
  const html = page.locator("html");
  const theme = page.getByRole("radiogroup", { name: "Theme" });
  const choose = async (name: "System" | "Light" | "Dark") => {
    await theme.getByRole("radio", { name }).click();
    await expect(theme.getByRole("radio", { name })).toHaveAttribute("aria-checked", "true");
    await expect(theme.getByRole("radio", { checked: true })).toHaveCount(1);
  };
  // An explicit choice: each click does what it says, and a second click on it changes nothing.
  await choose("Light");
  await expect(html).not.toHaveClass(/\bdark\b/);
  await choose("Dark");
  await choose("Dark");
  await expect(html).toHaveClass(/\bdark\b/);
  const background = await page.locator("body").evaluate((body) => getComputedStyle(body).backgroundColor);
  // The nonce'd theme script sets the class before the page paints, so a reload stays dark.
  await page.reload();
  await expect(html).toHaveClass(/\bdark\b/);
  await expect(theme.getByRole("radio", { name: "Dark" })).toHaveAttribute("aria-checked", "true");
  expect(await page.locator("body").evaluate((body) => getComputedStyle(body).backgroundColor)).toBe(background);
  await choose("System");

  // sonner loads with the first toast: another session to sign out makes one.
  const other = await page.context().browser()!.newContext();
  await signIn(await other.newPage(), admin);
  await page.goto("/settings/security");
  await page.getByRole("button", { name: "Sign out other sessions" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Sign out others" }).click();
  await expect(page.getByText("Signed out of every other session")).toBeVisible();
  await other.close();

  // sonner's inserted stylesheet is allowed by its hash: it is applied, not just present.
  const sonnerApplied = await page.evaluate(() =>
    [...document.querySelectorAll("style")].some((style) => style.sheet !== null && (style.textContent ?? "").includes("[data-sonner-toaster]")),
  );
  expect(sonnerApplied).toBe(true);
  expect(violations).toEqual([]);
});

test("HSTS is sent only when the console is reached over HTTPS", async ({ request }) => {
  const plain = await request.get("/login");
  expect(plain.headers()["strict-transport-security"]).toBeUndefined();
  for (const url of ["/login", "/api/health"]) {
    const tls = await request.get(url, { headers: { "x-forwarded-proto": "https" } });
    expect(tls.headers()["strict-transport-security"], url).toBe("max-age=63072000; includeSubDomains");
  }
  expect(consoleOrigin.startsWith("http://")).toBe(true);
});
