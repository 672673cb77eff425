import { expect, test, type Page } from "@playwright/test";
import { addUser, submitPassword, type TConsoleUser } from "./console-mfa";
import { admin, signIn } from "./support";

// Columns of the Users table: Email, Name, Role, MFA, Sessions, Last sign-in, Added, actions.
const LAST_SIGN_IN = 5;

async function usersPage(page: Page, user: TConsoleUser) {
  await signIn(page, admin);
  await addUser(page, user);
  await page.goto("/settings/users");
  return page.getByRole("row").filter({ hasText: user.email });
}

test("an admin edits a user's name, and the audit trail has the old and new name", async ({ page }) => {
  const user: TConsoleUser = { email: "nina.names@patchbay.test", password: "viewer-password-777", role: "viewer" };
  const row = await usersPage(page, user);
  await row.getByRole("button", { name: `Edit name of ${user.email}` }).click();
  const dialog = page.getByRole("dialog", { name: `Name of ${user.email}` });
  await dialog.getByRole("textbox", { name: "Name" }).fill("  Nina Network ");
  await dialog.getByRole("button", { name: "Save name" }).click();
  await expect(dialog).toBeHidden();
  await expect(row.getByRole("cell").nth(1)).toHaveText("Nina Network");

  const audit = await page.request.get(`/api/audit?action=user.rename&q=${encodeURIComponent(user.email)}`);
  const { events } = (await audit.json()) as { events: { target: string; actorEmail: string; details: unknown }[] };
  expect(events[0]).toMatchObject({ target: user.email, actorEmail: admin.email, details: { name: { from: "", to: "Nina Network" } } });
});

test("promoting a viewer to admin asks first, in strong words; cancelling changes nothing", async ({ page, browser }) => {
  const user: TConsoleUser = { email: "pat.promoted@patchbay.test", password: "viewer-password-888", role: "viewer" };
  const row = await usersPage(page, user);
  const role = row.getByRole("combobox", { name: `Role of ${user.email}` });

  await role.selectOption("admin");
  const confirm = page.getByRole("dialog", { name: `Make ${user.email} an admin?` });
  await expect(confirm).toContainText("will be able to manage users, connections and secrets");
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(confirm).toBeHidden();
  await expect(role).toHaveValue("viewer");
  expect(((await (await page.request.get("/api/users")).json()) as { users: { email: string; role: string }[] }).users.find((u) => u.email === user.email)?.role).toBe("viewer");

  await role.selectOption("admin");
  await confirm.getByRole("button", { name: "Make admin" }).click();
  await expect(confirm).toBeHidden();
  await expect(role).toHaveValue("admin");

  // The new admin reaches the Users page and its API at once.
  const context = await browser.newContext();
  const theirs = await context.newPage();
  await signIn(theirs, user);
  await theirs.goto("/settings/users");
  await expect(theirs.getByRole("heading", { name: "Users" })).toBeVisible();
  expect((await theirs.request.get("/api/users")).status()).toBe(200);
  await context.close();

  // Back to operator: the question says what they lose.
  await role.selectOption("operator");
  const demote = page.getByRole("dialog", { name: `Remove ${user.email}'s admin role?` });
  await expect(demote).toContainText("will no longer manage users, connections or secrets");
  await demote.getByRole("button", { name: "Make operator" }).click();
  await expect(role).toHaveValue("operator");
});

test("an admin resets another user's password: their sessions end, the new password works, the old does not", async ({ page, browser }) => {
  const user: TConsoleUser = { email: "rita.reset@patchbay.test", password: "operator-password-555", role: "operator" };
  const row = await usersPage(page, user);
  await expect(row.getByRole("cell").nth(LAST_SIGN_IN)).toHaveText("Never");

  const context = await browser.newContext();
  const theirs = await context.newPage();
  await signIn(theirs, user);
  await page.reload();
  await expect(row.getByRole("cell").nth(LAST_SIGN_IN)).toHaveText(/just now|\d+ s ago/);
  await expect(row.getByRole("cell").nth(LAST_SIGN_IN).locator("time")).toHaveAttribute("title", /\d/);

  // Not for the admin's own account: that is Settings → Security.
  await expect(page.getByRole("row").filter({ hasText: admin.email }).getByRole("button", { name: /Reset password/ })).toHaveCount(0);

  await row.getByRole("button", { name: `Reset password of ${user.email}` }).click();
  const dialog = page.getByRole("dialog", { name: `Reset the password of ${user.email}` });
  const field = dialog.getByRole("textbox", { name: "New password" });
  await field.fill("too-short");
  await dialog.getByRole("button", { name: "Set password" }).click();
  await expect(dialog.getByRole("alert")).toHaveText("Use at least 12 characters");
  await dialog.getByRole("button", { name: "Generate", exact: true }).click();
  const fresh = await field.inputValue();
  expect(fresh).toMatch(/^[A-Za-z2-9]{5}(-[A-Za-z2-9]{5}){3}$/);
  await dialog.getByRole("button", { name: "Set password" }).click();
  await expect(dialog.getByRole("status")).toContainText("every session of theirs has ended");
  await expect(dialog.getByTestId("new-password")).toHaveText(fresh);
  await expect(dialog.getByRole("button", { name: "Copy the new password" })).toBeVisible();
  await dialog.getByRole("button", { name: "Done" }).click();
  await expect(dialog).toBeHidden();
  await expect(row.getByRole("cell").nth(4)).toHaveText("0");

  // Their browser is signed out; the old password is refused and the new one signs in.
  expect((await theirs.request.get("/api/overview")).status()).toBe(401);
  await theirs.reload();
  await expect(theirs).toHaveURL(/\/login/);
  await submitPassword(theirs, user);
  await expect(theirs.locator("form").getByRole("alert")).toHaveText("Invalid credentials");
  await submitPassword(theirs, { ...user, password: fresh });
  await expect(theirs.getByRole("heading", { name: "Overview" })).toBeVisible();
  await context.close();

  // The trail says who reset whose password, and never the password.
  const audit = await page.request.get(`/api/audit?action=user.password_reset&q=${encodeURIComponent(user.email)}`);
  const body = await audit.text();
  expect(body).not.toContain(fresh);
  expect(((JSON.parse(body) as { events: { target: string; actorEmail: string }[] }).events)[0]).toMatchObject({ target: user.email, actorEmail: admin.email });
});
