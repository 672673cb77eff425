import fs from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { addUser, type TConsoleUser } from "./console-mfa";
import { admin, signIn } from "./support";

const origin = (page: Page) => ({ origin: new URL(page.url()).origin });

/** A user the admin renames `times` times through the API: as many "Renamed user" events, all naming their email. */
async function renamedUser(page: Page, email: string, times: number) {
  const user: TConsoleUser = { email, password: "viewer-password-999", role: "viewer" };
  await addUser(page, user);
  const { users } = (await (await page.request.get("/api/users")).json()) as { users: { id: string; email: string }[] };
  const id = users.find((u) => u.email === email)!.id;
  for (let i = 1; i <= times; i++) {
    const response = await page.request.patch(`/api/users/${id}`, { headers: origin(page), data: { name: `Name ${i}` } });
    expect(response.status()).toBe(200);
  }
  return user;
}

const today = () => new Date().toLocaleDateString("sv"); // YYYY-MM-DD in the browser's (and test's) zone

test("the audit trail reads in words, filters by date range, expands details and exports the range as CSV", async ({ page }) => {
  await signIn(page, admin);
  const user = await renamedUser(page, "audra.audit@patchbay.test", 1);
  await page.goto("/audit");
  await expect(page.getByRole("heading", { name: "Audit trail" })).toBeVisible();
  await expect(page.getByLabel("Date range")).toHaveValue("7d");

  // Action in words (the code on hover), the target by name.
  await page.getByRole("searchbox", { name: "Search the audit trail" }).fill(user.email);
  const renamed = page.getByRole("row").filter({ hasText: "Renamed user" }).filter({ hasText: user.email });
  await expect(renamed).toHaveCount(1);
  await expect(renamed.getByRole("cell").nth(2)).toHaveAttribute("title", "user.rename");

  // Details open and close from the keyboard.
  const toggle = renamed.getByRole("button", { name: /Show details of event \d+/ });
  await toggle.focus();
  await page.keyboard.press("Enter");
  const expanded = renamed.getByRole("button", { name: /Hide details of event \d+/ });
  await expect(expanded).toHaveAttribute("aria-expanded", "true");
  const details = page.locator(`#${await expanded.getAttribute("aria-controls")}`);
  await expect(details).toContainText("name");
  await expect(details).toContainText("(none) → Name 1");
  await expect(details).toContainText("user.rename");
  await page.keyboard.press("Space");
  await expect(details).toHaveCount(0);

  // Days in the past hold none of it; today does.
  await page.getByLabel("Date range").selectOption("custom");
  await page.getByLabel("From (day)").fill("2020-01-01");
  await page.getByLabel("To (day)").fill("2020-01-02");
  await expect(page.getByText("No events match.")).toBeVisible();
  const emptyExport = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const empty = await emptyExport;
  expect(empty.suggestedFilename()).toBe("patchbay-audit-" + new Date(2020, 0, 1).toISOString().slice(0, 16).replace(/:/g, "").replace("T", "-") + "Z-to-" + new Date(2020, 0, 2, 23, 59, 59, 999).toISOString().slice(0, 16).replace(/:/g, "").replace("T", "-") + "Z.csv");
  const emptyLines = (await fs.readFile((await empty.path())!, "utf8")).replace(/^\uFEFF/, "").split("\r\n").filter(Boolean);
  expect(emptyLines).toEqual(["time,user,action,action_code,target,target_raw,outcome,ip,details,id"]);

  await page.getByLabel("From (day)").fill(today());
  await page.getByLabel("To (day)").fill(today());
  await expect(renamed).toHaveCount(1);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const csv = await fs.readFile((await (await download).path())!, "utf8");
  expect(csv).toContain(`Renamed user,user.rename,${user.email},${user.email},ok`);
  expect(csv.split("\r\n").filter((line) => line.includes(user.email)).length).toBeGreaterThanOrEqual(2); // added, renamed

  // The export itself is in the trail.
  await page.getByLabel("Date range").selectOption("24h");
  await page.getByRole("searchbox", { name: "Search the audit trail" }).fill("");
  await page.getByLabel("Action", { exact: true }).selectOption({ label: "Audit trail" });
  await expect(page.getByRole("row").filter({ hasText: "Exported audit trail" }).first()).toContainText(admin.email);
});

test("the audit trail keeps its filters in the address bar: a reload or a shared link shows the same events", async ({ page }) => {
  await signIn(page, admin);
  const user = await renamedUser(page, "rhea.reload@patchbay.test", 2);
  await page.goto("/audit");
  await page.getByLabel("Action", { exact: true }).selectOption({ label: "Users" });
  await page.getByLabel("Date range").selectOption("24h");
  await page.getByRole("searchbox", { name: "Search the audit trail" }).fill(user.email);
  await expect(page).toHaveURL(/[?&]action=user\.(&|$)/);
  await expect(page).toHaveURL(/[?&]range=24h(&|$)/);
  await expect(page).toHaveURL(/[?&]q=rhea\.reload%40patchbay\.test(&|$)/);
  // Added, then renamed twice.
  await expect(page.getByText("Events 1–3 of 3")).toBeVisible();

  const sameEvents = async (shown: Page) => {
    await expect(shown.getByRole("searchbox", { name: "Search the audit trail" })).toHaveValue(user.email);
    await expect(shown.getByLabel("Action", { exact: true })).toHaveValue("user.");
    await expect(shown.getByLabel("Date range")).toHaveValue("24h");
    await expect(shown.getByText("Events 1–3 of 3")).toBeVisible();
    const rows = shown.getByRole("table", { name: "Audit trail" }).locator("tbody > tr");
    await expect(rows).toHaveCount(3);
    await expect(rows.first()).toContainText("Name 2");
    await expect(rows.last()).toContainText("Added user");
  };
  await page.reload();
  await sameEvents(page);
  const shared = await page.context().newPage();
  await shared.goto(page.url());
  await sameEvents(shared);
  await shared.close();

  // A value the page would not offer is left at its default; the others still apply.
  await page.goto(`/audit?outcome=maybe&range=1y&action=user.&q=${encodeURIComponent(user.email)}`);
  await expect(page.getByLabel("Outcome")).toHaveValue("");
  await expect(page.getByLabel("Date range")).toHaveValue("7d");
  await expect(page.getByText("Events 1–3 of 3")).toBeVisible();
  await expect(page).not.toHaveURL(/outcome=|range=/);
});

test("the audit trail pages through a long filter, 100 events at a time, with the total", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, admin);
  const user = await renamedUser(page, "paige.pages@patchbay.test", 104);
  await page.goto("/audit");
  await page.getByLabel("Action", { exact: true }).selectOption({ label: "Users" });
  await page.getByRole("searchbox", { name: "Search the audit trail" }).fill(user.email);
  // 104 renames and the user's creation.
  await expect(page.getByText("Events 1–100 of 105")).toBeVisible();
  const rows = page.getByRole("table", { name: "Audit trail" }).locator("tbody > tr");
  await expect(rows).toHaveCount(100);
  await expect(rows.first()).toContainText("Name 104");
  await expect(page.getByRole("button", { name: "Newer events" })).toBeDisabled();

  await page.getByRole("button", { name: "Older events" }).click();
  await expect(page.getByText("Events 101–105 of 105")).toBeVisible();
  await expect(rows).toHaveCount(5);
  await expect(rows.last()).toContainText("Added user");
  await expect(page.getByRole("button", { name: "Older events" })).toBeDisabled();

  await page.getByRole("button", { name: "Newer events" }).click();
  await expect(page.getByText("Events 1–100 of 105")).toBeVisible();
  // A new filter starts at the first page again.
  await page.getByRole("button", { name: "Older events" }).click();
  await page.getByLabel("Outcome").selectOption("ok");
  await expect(page.getByText("Events 1–100 of 105")).toBeVisible();
});
