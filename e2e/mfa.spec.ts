import fs from "node:fs/promises";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { addUser, decodeQr, enrolThroughApi, freshTotp, setRequireMfa, submitPassword, type TConsoleUser } from "./console-mfa";
import { admin, signIn, signOut } from "./support";

const overview = (page: Page) => page.getByRole("heading", { name: "Overview" });
const refusal = (page: Page) => page.locator("form").getByRole("alert");

async function adminAdds(browser: Browser, ...users: TConsoleUser[]) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, admin);
  for (const user of users) await addUser(page, user);
  await context.close();
}

test("a user enrols in MFA by scanning the QR code, then signs in with password and code; each code and recovery code works once", async ({ page, browser }) => {
  test.setTimeout(150_000);
  const user: TConsoleUser = { email: "oscar.mfa@patchbay.test", password: "operator-password-123", role: "operator" };
  await adminAdds(browser, user);

  await signIn(page, user);
  await page.getByRole("link", { name: /Security/ }).click();
  await expect(page.getByRole("heading", { name: "Security" })).toBeVisible();
  const mfa = page.locator("section, div").filter({ has: page.getByRole("heading", { name: "Two-factor authentication" }) }).last();
  await expect(mfa.getByText("Off", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Set up two-factor authentication" }).click();

  // The QR code reads back, as a phone would scan it, as the otpauth:// URL of the secret shown for typing.
  const qr = page.getByRole("img", { name: "QR code for your authenticator app" });
  const url = decodeQr(await qr.screenshot());
  const secret = (await page.getByTestId("mfa-secret").textContent())!.trim();
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  expect(url).toBe(`otpauth://totp/Patchbay:${encodeURIComponent(user.email)}?secret=${secret}&issuer=Patchbay`);
  console.log(`The QR code decodes to otpauth://totp/Patchbay:…?secret=<${secret.length} chars>&issuer=Patchbay`);

  // A wrong code leaves MFA off; the code the app shows now turns it on.
  const codeField = page.getByLabel("Code from the app");
  await codeField.fill("000000");
  await page.getByRole("button", { name: "Turn on" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "That code is not right" })).toBeVisible();
  const activation = await freshTotp(secret, null);
  await codeField.fill(activation.code);
  await page.getByRole("button", { name: "Turn on" }).click();

  // Ten recovery codes, shown once, to copy or download.
  await expect(page.getByTestId("recovery-code")).toHaveCount(10);
  const codes = await page.getByTestId("recovery-code").allTextContents();
  for (const code of codes) expect(code).toMatch(/^[0-9a-z]{5}-[0-9a-z]{5}$/);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download" }).click()]);
  expect(download.suggestedFilename()).toBe("patchbay-recovery-codes.txt");
  const file = await fs.readFile((await download.path())!, "utf8");
  for (const code of codes) expect(file).toContain(code);
  await page.getByRole("button", { name: "I have saved them" }).click();
  await expect(page.getByTestId("recovery-code")).toHaveCount(0);
  await expect(mfa.getByText("On", { exact: true })).toBeVisible();
  await expect(page.getByTestId("recovery-codes-left")).toHaveText("10 of 10 recovery codes left");
  await page.reload();
  await expect(page.getByTestId("recovery-code")).toHaveCount(0); // never shown again

  // Sign in again: the password, then a code from the app.
  await signOut(page);
  await submitPassword(page, user);
  const second = page.getByLabel("Authentication code");
  await expect(second).toBeFocused();
  const fresh = await freshTotp(secret, activation.step);
  await second.fill(fresh.code);
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(overview(page)).toBeVisible();

  // The same code a second time is refused, with nothing but "Invalid credentials".
  await signOut(page);
  await submitPassword(page, user);
  await page.getByLabel("Authentication code").fill(fresh.code);
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(refusal(page)).toHaveText("Invalid credentials");
  await expect(page).toHaveURL(/\/login/);

  // A recovery code instead: it works once.
  await page.getByRole("button", { name: "Use a recovery code" }).click();
  await page.getByLabel("Recovery code").fill(codes[0]!.toUpperCase());
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(overview(page)).toBeVisible();
  await page.goto("/settings/security");
  await expect(page.getByTestId("recovery-codes-left")).toHaveText("9 of 10 recovery codes left");
  await signOut(page);
  await submitPassword(page, user);
  await page.getByRole("button", { name: "Use a recovery code" }).click();
  await page.getByLabel("Recovery code").fill(codes[0]!);
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(refusal(page)).toHaveText("Invalid credentials");

  // The admin sees why each refusal happened, and no code, in the audit trail.
  await page.getByRole("button", { name: "Start over" }).click();
  await signIn(page, admin);
  const audit = await page.request.get(`/api/audit?action=auth.sign_in&q=${encodeURIComponent(user.email)}&limit=20`);
  const events = ((await audit.json()) as { events: { outcome: string; details: Record<string, unknown> }[] }).events;
  expect(events.map((e) => `${e.outcome} ${String(e.details.reason ?? e.details.mfa)}`).slice(0, 5)).toEqual([
    "failed wrong recovery code", "ok recovery_code", "failed wrong code", "ok totp", "ok password",
  ]);
  const trail = JSON.stringify(events);
  expect(trail).not.toContain(secret);
  expect(trail).not.toContain(fresh.code);
});

test("turning MFA off asks for the current password, and an admin can reset a user's MFA", async ({ page, browser }) => {
  const user: TConsoleUser = { email: "vera.mfa@patchbay.test", password: "viewer-password-456", role: "viewer" };
  await adminAdds(browser, user);
  await signIn(page, user);
  await enrolThroughApi(page);
  await page.goto("/settings/security");
  await page.getByRole("button", { name: "Turn off" }).click();
  const dialog = page.getByRole("dialog", { name: "Turn off two-factor authentication?" });
  await dialog.getByLabel("Current password").fill("not-my-password");
  await dialog.getByRole("button", { name: "Turn off" }).click();
  await expect(dialog.getByRole("alert")).toHaveText("The current password is not right");
  await dialog.getByLabel("Current password").fill(user.password);
  await dialog.getByRole("button", { name: "Turn off" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("button", { name: "Set up two-factor authentication" })).toBeVisible();

  // On again, then the admin resets it (a lost phone): the password alone signs in, and every session ended.
  await enrolThroughApi(page);
  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  await signIn(adminPage, admin);
  await adminPage.getByRole("link", { name: /Users/ }).click();
  const row = adminPage.getByRole("row").filter({ hasText: user.email });
  await expect(row.getByText("On", { exact: true })).toBeVisible();
  await row.getByRole("button", { name: `Reset MFA of ${user.email}` }).click();
  const confirm = adminPage.getByRole("dialog", { name: `Reset two-factor authentication of ${user.email}?` });
  await confirm.getByRole("button", { name: "Reset MFA" }).click();
  await expect(row.getByText("Off", { exact: true })).toBeVisible();
  await adminContext.close();

  await page.reload();
  await expect(page).toHaveURL(/\/login/);
  await submitPassword(page, user);
  await expect(overview(page)).toBeVisible();
});

test("when an admin requires MFA, a user without it can do nothing but enrol", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const securityAdmin: TConsoleUser = { email: "ada.security@patchbay.test", password: "admin-password-789", role: "admin" };
  const newcomer: TConsoleUser = { email: "nina.newcomer@patchbay.test", password: "newcomer-password-1", role: "viewer" };
  await adminAdds(browser, securityAdmin, newcomer);

  // The e2e admin has no MFA: the console refuses to let it require what would lock it out.
  await signIn(page, admin);
  await page.getByRole("link", { name: /Users/ }).click();
  await page.getByLabel("Require two-factor authentication for every user").click();
  await expect(page.getByText("Turn on two-factor authentication for your own account first")).toBeVisible();
  await expect(page.getByLabel("Require two-factor authentication for every user")).not.toBeChecked();
  await signOut(page);

  const adminContext = await browser.newContext({ baseURL: new URL(page.url()).origin });
  const adminPage = await adminContext.newPage();
  await signIn(adminPage, securityAdmin);
  await enrolThroughApi(adminPage);
  const origin = new URL(adminPage.url()).origin;
  try {
    expect((await setRequireMfa(adminPage.request, origin, true)).status()).toBe(200);

    await page.goto("/login");
    await submitPassword(page, newcomer);
    await expect(page).toHaveURL(/\/settings\/security$/);
    await expect(page.getByRole("status").filter({ hasText: "An admin requires two-factor authentication" })).toBeVisible();
    await page.goto("/nettica");
    await expect(page).toHaveURL(/\/settings\/security$/);
    const api = await page.request.get("/api/overview");
    expect(api.status()).toBe(403);
    expect(await api.json()).toMatchObject({ error: "mfa_enrolment_required" });

    await page.getByRole("button", { name: "Set up two-factor authentication" }).click();
    const secret = (await page.getByTestId("mfa-secret").textContent())!.trim();
    await page.getByLabel("Code from the app").fill((await freshTotp(secret, null)).code);
    await page.getByRole("button", { name: "Turn on" }).click();
    await page.getByRole("button", { name: "I have saved them" }).click();
    await expect(page.getByRole("button", { name: "Turn off" })).toBeDisabled();
    await page.getByRole("link", { name: "Overview" }).click();
    await expect(overview(page)).toBeVisible();
    expect((await page.request.get("/api/overview")).status()).toBe(200);
  } finally {
    // Other specs sign in as the e2e admin, who has no MFA.
    expect((await setRequireMfa(adminPage.request, origin, false)).status()).toBe(200);
    await adminContext.close();
  }
});
