import { expect, test, type Browser, type Page } from "@playwright/test";
import { addUser, submitPassword, type TConsoleUser } from "./console-mfa";
import { E2E } from "../playwright.config";
import { admin, signIn, signOut } from "./support";

async function signedInBrowser(browser: Browser, user: TConsoleUser): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, user);
  return page;
}

async function adminAdds(page: Page, user: TConsoleUser) {
  await signIn(page, admin);
  await addUser(page, user);
}

test("an admin's 'sign out everywhere' ends the user's sessions in their other browsers", async ({ page, browser }) => {
  const user: TConsoleUser = { email: "sam.sessions@patchbay.test", password: "operator-password-321", role: "operator" };
  await adminAdds(page, user);
  const laptop = await signedInBrowser(browser, user);
  const desktop = await signedInBrowser(browser, user);

  await page.getByRole("link", { name: /Users/ }).click();
  const row = page.getByRole("row").filter({ hasText: user.email });
  await expect(row.getByRole("cell").nth(4)).toHaveText("2");
  await row.getByRole("button", { name: `Sign out ${user.email} everywhere` }).click();
  const dialog = page.getByRole("dialog", { name: `Sign ${user.email} out everywhere?` });
  await dialog.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(dialog).toBeHidden();
  await expect(row.getByRole("cell").nth(4)).toHaveText("0");

  for (const other of [laptop, desktop]) {
    expect((await other.request.get("/api/overview")).status()).toBe(401);
    await other.reload();
    await expect(other).toHaveURL(/\/login/);
  }
  // The admin's own session is untouched, and the audit trail names who did it.
  const audit = await page.request.get("/api/audit?action=user.sign_out_everywhere");
  expect(((await audit.json()) as { events: { target: string; actorEmail: string }[] }).events[0]).toMatchObject({ target: user.email, actorEmail: admin.email });
  await laptop.context().close();
  await desktop.context().close();
});

test("the security page lists the user's sessions; a new password signs the other browsers out", async ({ page, browser }) => {
  const user: TConsoleUser = { email: "val.sessions@patchbay.test", password: "viewer-password-654", role: "viewer" };
  await adminAdds(page, user);
  const other = await signedInBrowser(browser, user);
  const mine = await signedInBrowser(browser, user);

  await mine.goto("/settings/security");
  const sessions = mine.getByRole("table", { name: "Your sessions" });
  await expect(sessions.getByRole("row")).toHaveCount(3); // header + two
  await expect(sessions.getByRole("row").filter({ hasText: "This browser" })).toHaveCount(1);
  await expect(sessions.getByRole("row").filter({ hasText: /Chrome on \w+/ }).filter({ hasText: "127.0.0.1" })).toHaveCount(2);

  await mine.getByLabel("Current password").fill("not-my-password");
  await mine.getByLabel("New password", { exact: true }).fill("a-brand-new-password-1");
  await mine.getByLabel("New password again").fill("a-brand-new-password-1");
  await mine.getByRole("button", { name: "Change password" }).click();
  await expect(mine.getByText("The current password is not right")).toBeVisible();
  await mine.getByLabel("Current password").fill(user.password);
  await mine.getByRole("button", { name: "Change password" }).click();
  await expect(mine.getByText("Password changed; your other sessions were signed out")).toBeVisible();
  await expect(sessions.getByRole("row")).toHaveCount(2);

  await other.reload();
  await expect(other).toHaveURL(/\/login/);
  await submitPassword(other, user);
  await expect(other.locator("form").getByRole("alert")).toHaveText("Invalid credentials");
  await submitPassword(other, { ...user, password: "a-brand-new-password-1" });
  await expect(other.getByRole("heading", { name: "Overview" })).toBeVisible();

  // "Sign out other sessions" from the security page.
  await mine.reload();
  await expect(sessions.getByRole("row")).toHaveCount(3);
  await mine.getByRole("button", { name: "Sign out other sessions" }).click();
  await mine.getByRole("dialog").getByRole("button", { name: "Sign out others" }).click();
  await expect(sessions.getByRole("row")).toHaveCount(2);
  await other.reload();
  await expect(other).toHaveURL(/\/login/);
  await other.context().close();
  await mine.context().close();
});

test("after five wrong passwords even the right one is refused, saying only 'Invalid credentials'", async ({ page }) => {
  const user: TConsoleUser = { email: "brute-force-target@patchbay.test", password: "target-password-987", role: "viewer" };
  await adminAdds(page, user);
  const attacker = await page.context().browser()!.newContext();
  const door = await attacker.newPage();
  await door.goto("/login");
  for (let i = 1; i <= 5; i++) {
    await submitPassword(door, { ...user, password: `guess-number-${i}` });
    await expect(door.locator("form").getByRole("alert")).toHaveText("Invalid credentials");
  }
  await submitPassword(door, user);
  await expect(door.locator("form").getByRole("alert")).toHaveText("Invalid credentials");
  await expect(door).toHaveURL(/\/login/);
  await attacker.close();

  // The admin's audit trail tells the guesses from the lock.
  await page.goto("/audit");
  const rows = page.getByRole("row").filter({ hasText: user.email });
  await expect(rows.filter({ hasText: "too many attempts" })).toHaveCount(1);
  await expect(rows.filter({ hasText: "invalid credentials" })).toHaveCount(5);

  // The admin sees the lock on the Users page and lifts it; the user signs in from the same browser.
  await page.goto("/settings/users");
  const row = page.getByRole("row").filter({ hasText: user.email });
  await expect(row.getByText("Locked out")).toBeVisible();
  await row.getByRole("button", { name: `Unlock ${user.email}` }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Unlock" }).click();
  await expect(row.getByText("Locked out")).toHaveCount(0);
  const again = await page.context().browser()!.newContext();
  const back = await again.newPage();
  await signIn(back, user);
  await again.close();
});

test("a stranger guessing 50 passwords for the admin from one address does not keep the admin out from another", async ({ browser }) => {
  // Both reach the console through a proxy that names the client in X-Forwarded-For (clientOf).
  const stranger = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "198.51.100.7" } });
  const door = stranger.request;
  const outcomes: string[] = [];
  for (let i = 0; i < 50; i++) {
    const { csrfToken } = (await (await door.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const answer = await door.post("/api/auth/callback/credentials", {
      form: { csrfToken, email: admin.email, password: `stranger-guess-${i}`, json: "true" },
      headers: { origin: `http://127.0.0.1:${E2E.consolePort}` },
      maxRedirects: 0,
    });
    outcomes.push((await answer.json().catch(() => ({}))).url?.includes("error=") ? "refused" : String(answer.status()));
  }
  expect(outcomes.filter((outcome) => outcome !== "refused")).toEqual([]);
  await stranger.close();

  const office = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.20" } });
  const page = await office.newPage();
  await signIn(page, admin);
  await expect(page).not.toHaveURL(/\/login/);
  await page.goto("/audit");
  await expect(page.getByRole("row").filter({ hasText: "198.51.100.7" }).filter({ hasText: "too many attempts" }).first()).toBeVisible();
  await office.close();
});

test("signing out ends the session on the server: a copy of the old cookie no longer works", async ({ page, browser }) => {
  const user: TConsoleUser = { email: "sessions-copycat@patchbay.test", password: "copycat-password-111", role: "viewer" };
  await adminAdds(page, user);
  const userPage = await signedInBrowser(browser, user);
  const copied = await userPage.context().storageState();
  await signOut(userPage);

  const replay = await browser.newContext({ storageState: copied, baseURL: new URL(page.url()).origin });
  const response = await replay.request.get("/api/overview");
  expect(response.status()).toBe(401);
  await replay.close();
  await userPage.context().close();
});
