import fs from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import {
  COMMIT_ROUTE, LOGIN_ROUTE, acretoAdmin, acretoStats, acretoUrl, addAcretoConnection, clearAcretoStats, configureAcreto, decodeQr, ecosystemRef, mfaUser, resetAcreto, totpNow, vendorGet, vendorLogin,
  type TVendorThing,
} from "./acreto-simulator";
import { admin, signIn, removeAddedConnections } from "./support";

// Every test starts from the simulator's seeded data and leaves it, and the connections, as it found them.
test.beforeEach(resetAcreto);
test.afterEach(async ({ page }) => {
  await removeAddedConnections(page);
  await resetAcreto();
});

const ecosystemPage = (connectionId: string, ref: { customer: string; ecosystem: string }) => `/acreto/${ref.customer}/${ref.ecosystem}?connection=${connectionId}`;
const thingRow = (page: Page, name: string) => page.getByRole("row").filter({ hasText: name });
const status = (page: Page) => page.getByTestId("ecosystem-status");

test("follows Acreto's quick start: signs in with a one-time code, creates a Thing in the first profile group and commits it", async ({ page }) => {
  await signIn(page, admin);
  await configureAcreto({ commitDurationMs: 4_000 });
  const connection = await addAcretoConnection(page, "Acreto secops", mfaUser);

  // Acreto wants a one-time code and the connection stores no seed: the console asks.
  await page.goto(`/acreto?connection=${connection.id}`);
  const dialog = page.getByRole("dialog", { name: "One-time code" });
  await expect(dialog).toContainText("asks for a one-time code");
  const code = dialog.getByLabel("Code from the authenticator app");
  await expect(code).toBeFocused();
  await expect(code).toHaveAttribute("inputmode", "numeric");

  // Cancelling leaves a clear state and a way back.
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Sign-in cancelled" })).toBeVisible();
  await page.getByRole("button", { name: "Enter a one-time code" }).click();

  // A wrong code is refused with the reason, and the admin tries again.
  await code.fill("000000");
  await dialog.getByRole("button", { name: "Sign in" }).click();
  await expect(dialog.getByRole("alert")).toContainText("did not accept the one-time code");
  await expect(code).toHaveValue("");
  await expect(code).toBeFocused();
  await code.fill(totpNow(mfaUser.totpSecret));
  await dialog.getByRole("button", { name: "Sign in" }).click();
  await expect(dialog).toBeHidden();

  const northwind = page.getByTestId("customer-section").filter({ has: page.getByRole("heading", { name: /Northwind Logistics/ }) });
  await expect(thingRow(page, "Warehouse Floor")).toContainText("OK");
  await expect(northwind.getByRole("row").filter({ hasText: "Fleet Telematics" })).toContainText("Pending changes");
  await northwind.getByRole("link", { name: "Warehouse Floor" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Warehouse Floor/ })).toBeVisible();
  await expect(page.getByRole("tab", { name: "Things" })).toHaveAttribute("aria-selected", "true");
  // The header names the customer, also after a reload (nothing left from the list page).
  const header = page.getByRole("heading", { level: 1, name: /Warehouse Floor/ }).locator("xpath=..");
  await expect(header).toContainText("CustomerNorthwind Logistics");
  await page.reload();
  await expect(header).toContainText("CustomerNorthwind Logistics");

  const ref = await ecosystemRef("Northwind Logistics", "Warehouse Floor");
  const [firstGroup] = await vendorGet<{ name: string; uuid: string }[]>(`customers/${ref.customer}/ecosystems/${ref.ecosystem}/groups`);
  await page.getByRole("button", { name: "New Thing" }).click();
  const form = page.getByRole("dialog", { name: "New Thing" });
  await form.getByLabel("Name").fill("My first Thing");
  await expect(form.getByLabel("Profile group")).toHaveValue(firstGroup!.uuid);
  await form.getByRole("button", { name: "Create Thing" }).click();
  await expect(form).toBeHidden();
  await expect(thingRow(page, "My first Thing")).toContainText(firstGroup!.name);
  await expect(status(page)).toContainText("Pending changes");
  const things = await vendorGet<TVendorThing[]>(`customers/${ref.customer}/ecosystems/${ref.ecosystem}/devices`);
  expect(things.find((t) => t.name === "My first Thing")).toMatchObject({ type: "device", category: "IoT", assetValue: 1, profileGroup: firstGroup!.uuid });

  const commit = page.getByRole("button", { name: "Commit changes" });
  const started = Date.now();
  await commit.click();
  await expect(commit).toBeDisabled();
  await expect(page.getByTestId("commit-progress")).toContainText("Committing changes…");
  await expect(status(page)).toContainText("Commit in progress");
  await expect(page.getByTestId("commit-elapsed")).toHaveText(/^0:0[1-9]$/);
  await expect(status(page)).toContainText("OK", { timeout: 20_000 });
  const tookMs = Date.now() - started;
  await expect(page.getByText(/Commit of Warehouse Floor finished in \d+ s/)).toBeVisible();
  await expect(page.getByTestId("last-commit")).toContainText("Last commit finished after");
  // One state at a time: everything is live, and there is nothing to commit.
  await expect(page.getByTestId("commit-bar")).toHaveAttribute("data-state", "live");
  await expect(page.getByTestId("commit-bar")).toContainText("All changes are live");
  await expect(commit).toBeDisabled();
  expect(tookMs).toBeGreaterThanOrEqual(4_000);
  expect(tookMs).toBeLessThan(4_000 + 2_000 + 3_000); // the commit, one poll interval, some slack
  expect((await acretoStats()).byRoute[COMMIT_ROUTE]).toBe(1);
  test.info().annotations.push({ type: "commit", description: `4 s commit seen as ok after ${tookMs} ms` });
  console.log(`A 4 s commit showed as ok ${tookMs} ms after the click`);

  // A new change after that commit: the header and the bar agree, and the bar says what the next commit applies.
  await page.getByRole("button", { name: "New Thing" }).click();
  await form.getByLabel("Name").fill("My second Thing");
  await form.getByRole("button", { name: "Create Thing" }).click();
  await expect(form).toBeHidden();
  await expect(status(page)).toContainText("Pending changes");
  const bar = page.getByTestId("commit-bar");
  await expect(bar).toHaveAttribute("data-state", "pending");
  await expect(bar.getByTestId("pending-changes")).toContainText("1 change waiting for a commit");
  await expect(bar.getByRole("list", { name: "What the commit will apply" }).getByRole("listitem")).toHaveText([/^My second Thing\s*added\s*by admin@patchbay\.test/]);
  await expect(bar).not.toContainText("All changes are live");
  await expect(commit).toBeEnabled();
});

test("editing a Thing keeps every field it does not show, and no change is possible while a commit runs", async ({ page, browser }) => {
  await signIn(page, admin);
  await configureAcreto({ commitDurationMs: 12_000 });
  const connection = await addAcretoConnection(page, "Acreto admin", acretoAdmin);
  const ref = await ecosystemRef("Northwind Logistics", "Warehouse Floor");
  const devices = `customers/${ref.customer}/ecosystems/${ref.ecosystem}/devices`;
  const before = (await vendorGet<TVendorThing[]>(devices)).find((t) => t.expiry?.type === "date")!;
  expect(before, "a seeded Thing with an expiry date").toBeTruthy();

  await page.goto(ecosystemPage(connection.id, ref));
  await page.getByLabel("Search Things").fill(before.name);
  await expect(thingRow(page, before.name)).toContainText(before.category);

  // Someone changes the Thing in Acreto after the list was read: the form must start from the fresh copy.
  const token = await vendorLogin();
  const relabelled = { ...before, category: "Relabelled elsewhere" };
  expect((await fetch(`${acretoUrl}/${devices}/${before.uuid}`, { method: "PUT", headers: { Authorization: `Bearer ${token}`, "content-type": "application/json" }, body: JSON.stringify(relabelled) })).status).toBe(200);

  await page.getByRole("button", { name: `Edit Thing ${before.name}` }).click();
  const form = page.getByRole("dialog", { name: `Edit Thing ${before.name}` });
  await expect(form.getByLabel("Category")).toHaveValue("Relabelled elsewhere");
  await expect(form.getByLabel("Expires on")).toHaveValue(before.expiry!.time.slice(0, 10));
  await form.getByLabel("Name").fill(`${before.name} (moved)`);
  await form.getByLabel("Asset value").fill("7");
  const put = page.waitForRequest((request) => request.method() === "PUT" && request.url().includes(`/things/${before.uuid}`));
  await form.getByRole("button", { name: "Save Thing" }).click();
  expect((await put).postDataJSON()).toEqual({ name: `${before.name} (moved)`, category: "Relabelled elsewhere", assetValue: 7, profileGroup: before.profileGroup });
  await expect(form).toBeHidden();
  await page.getByLabel("Search Things").fill(`${before.name} (moved)`);
  await expect(thingRow(page, `${before.name} (moved)`)).toContainText("7");

  // Acreto's PUT zeroes what it is not sent: the type and the expiry the form did not touch survived.
  const after = await vendorGet<TVendorThing>(`${devices}/${before.uuid}`);
  expect(after).toEqual({ ...before, name: `${before.name} (moved)`, category: "Relabelled elsewhere", assetValue: 7 });

  // A second admin watches the same ecosystem in another browser.
  const other = await browser.newContext();
  const watcher = await other.newPage();
  await signIn(watcher, admin);
  await watcher.goto(ecosystemPage(connection.id, ref));
  await expect(status(watcher)).toContainText("Pending changes");

  await page.getByRole("button", { name: "Commit changes" }).click();
  const reason = "A commit is in progress: make no change until it has finished.";
  await expect(page.getByTestId("change-gate")).toHaveText(reason);
  for (const control of [page.getByRole("button", { name: "New Thing" }), page.getByRole("button", { name: `Edit Thing ${before.name} (moved)` }), page.getByRole("button", { name: `Delete Thing ${before.name} (moved)` }), page.getByRole("button", { name: "Commit changes" })]) {
    await expect(control).toBeDisabled();
  }
  await expect(page.getByRole("button", { name: "New Thing" })).toHaveAccessibleDescription(reason);
  const refused = await page.request.delete(`/api/v/acreto/${connection.id}/customers/${ref.customer}/ecosystems/${ref.ecosystem}/things/${before.uuid}`, { headers: { origin: new URL(page.url()).origin } });
  expect(refused.status()).toBe(409);

  // The other viewer sees the same commit, without having started it, and its end.
  await expect(watcher.getByTestId("commit-progress")).toContainText("Committing changes…", { timeout: 8_000 });
  await expect(watcher.getByRole("button", { name: "New Thing" })).toBeDisabled();
  await expect(status(page)).toContainText("OK", { timeout: 20_000 });
  await expect(status(watcher)).toContainText("OK", { timeout: 5_000 });
  await expect(page.getByRole("button", { name: "New Thing" })).toBeEnabled();
  await other.close();
  expect((await acretoStats()).byRoute[COMMIT_ROUTE]).toBe(1);
});

test("an ecosystem in error tells the admin to contact Acreto support and allows no change", async ({ page }) => {
  await signIn(page, admin);
  const connection = await addAcretoConnection(page, "Acreto admin", acretoAdmin);
  await page.goto(`/acreto?connection=${connection.id}`);
  await expect(thingRow(page, "Lab Instruments")).toContainText("Ecosystem error");
  await page.getByRole("link", { name: "Lab Instruments" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "contact Acreto support" })).toBeVisible();
  await expect(page.getByRole("button", { name: "New Thing" })).toBeDisabled();
  await expect(page.getByRole("button", { name: "Commit changes" })).toBeDisabled();
  await expect(page.getByRole("button", { name: /^Edit Thing/ }).first()).toBeDisabled();

  // The tabs follow the keyboard.
  await page.getByRole("tab", { name: "Things" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("tab", { name: "Profile groups" })).toBeFocused();
  await expect(page.getByRole("tabpanel", { name: "Profile groups" }).getByRole("row").filter({ hasText: "Analyzers" })).toBeVisible();
});

test("enrols a user in MFA by scanning the QR code; a wrong code is refused and the secret stays the same", async ({ page }) => {
  await signIn(page, admin);
  const connection = await addAcretoConnection(page, "Acreto admin", acretoAdmin);
  await page.goto(`/acreto?connection=${connection.id}`);
  await page.getByRole("link", { name: "MFA enrolment" }).click();
  await expect(page.getByLabel("Acreto username")).toHaveValue(acretoAdmin.username);

  const generated = page.waitForResponse((response) => response.request().method() === "POST" && response.url().endsWith(`/users/${encodeURIComponent(acretoAdmin.username)}/otp`));
  await page.getByRole("button", { name: "Generate" }).click();
  const enrollment = (await (await generated).json()) as { barcode: string; secret: string; url: string };
  expect(enrollment.url).toBe(`otpauth://totp/Acreto:${acretoAdmin.username}?algorithm=SHA1&digits=6&issuer=Acreto&period=30&secret=${enrollment.secret}`);

  // Both QR codes on the page read back as the vendor's otpauth:// URL.
  const vendorQr = page.getByRole("img", { name: `QR code from Acreto for ${acretoAdmin.username}` });
  await expect(vendorQr).toHaveAttribute("src", `data:image/png;base64,${enrollment.barcode}`);
  expect(decodeQr(await vendorQr.screenshot())).toBe(enrollment.url);
  const drawnQr = page.getByRole("img", { name: `QR code for ${acretoAdmin.username}, drawn by Patchbay` });
  const drawn = decodeQr(await drawnQr.screenshot());
  expect(drawn).toBe(enrollment.url);
  console.log(`Both QR codes decode to ${drawn}`);
  await expect(page.getByTestId("otp-secret")).toHaveText(enrollment.secret);

  // A reload does not make a new secret: Generate shows the pending one again.
  await page.reload();
  await expect(page.getByLabel("Acreto username")).toHaveValue(acretoAdmin.username);
  await page.getByRole("button", { name: "Generate" }).click();
  await expect(page.getByTestId("mfa-reused")).toContainText("already pending");
  await expect(page.getByTestId("otp-secret")).toHaveText(enrollment.secret);

  const shownSecret = (await page.getByTestId("otp-secret").textContent())!;
  const right = totpNow(shownSecret);
  const wrong = String((Number(right) + 500_000) % 1_000_000).padStart(6, "0");
  await page.getByLabel(/^Code shown in the app/).fill(wrong);
  await page.getByRole("button", { name: "Activate" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Invalid multi-factor authentication code." })).toBeVisible();
  await expect(page.getByTestId("otp-secret")).toHaveText(enrollment.secret);

  await page.getByLabel(/^Code shown in the app/).fill(right);
  await page.getByRole("button", { name: "Activate" }).click();
  await expect(page.getByTestId("mfa-activated")).toContainText(`MFA is on for ${acretoAdmin.username}`);
  // Acreto now asks this account for a code at sign-in.
  const login = await fetch(`${acretoUrl}/auth/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(acretoAdmin) });
  expect(login.status).toBe(424);
});

test("with tokens that live 4 seconds, twenty seconds of browsing log in once per token lifetime, not once per request", async ({ page }) => {
  test.setTimeout(75_000);
  // An account without MFA: with a stored seed each new login needs a fresh 30-second TOTP step, so
  // tokens shorter than 30 s would measure the TOTP period, not the token cache.
  await signIn(page, admin);
  const ttlSeconds = 4;
  await configureAcreto({ tokenTtlSeconds: ttlSeconds });
  const connection = await addAcretoConnection(page, "Acreto short tokens", acretoAdmin);
  await clearAcretoStats();
  let consoleCalls = 0;
  page.on("request", (request) => {
    if (request.url().includes(`/api/v/acreto/${connection.id}/`)) consoleCalls += 1;
  });

  const started = Date.now();
  let pages = 0;
  let lastRound = started;
  let longestRoundMs = 0;
  while (Date.now() - started < 20_000) {
    await page.goto(`/acreto?connection=${connection.id}`);
    await expect(thingRow(page, "Warehouse Floor")).toContainText("OK");
    await page.getByRole("link", { name: "Warehouse Floor" }).click();
    await expect(page.getByLabel("Search Things")).toBeVisible();
    await page.getByRole("tab", { name: "Users" }).click();
    await expect(page.getByRole("row")).not.toHaveCount(0);
    await page.getByRole("tab", { name: "Profile groups" }).click();
    await expect(page.getByRole("row").filter({ hasText: "Profile Group 1" })).toBeVisible();
    await page.getByRole("button", { name: "Refresh" }).click();
    await expect(page.getByRole("button", { name: "Refresh" })).toHaveAttribute("aria-busy", "false");
    pages += 1;
    longestRoundMs = Math.max(longestRoundMs, Date.now() - lastRound);
    lastRound = Date.now();
  }
  const elapsedS = (Date.now() - started) / 1000;
  const stats = await acretoStats();
  const logins = stats.byRoute[LOGIN_ROUTE] ?? 0;
  const calls = stats.total - logins;
  const summary = `${logins} logins for ${consoleCalls} console calls and ${calls} Acreto calls in ${elapsedS.toFixed(1)} s (${pages} rounds, token ttl ${ttlSeconds} s)`;
  test.info().annotations.push({ type: "logins", description: summary });
  console.log(summary);
  expect(stats.byStatus["401"] ?? 0, "no call used an expired token more than it had to").toBeLessThanOrEqual(logins);
  // Once per request would be a login for every call; a round of ten calls takes about one token lifetime.
  expect(consoleCalls).toBeGreaterThanOrEqual(5 * logins);
  expect(calls).toBeGreaterThan(logins);
  // Renewed shortly before each expiry (a tenth of its life early): at most about elapsed / (0.9 × ttl)
  // logins. A token is only renewed when a call needs one, so a slow round (a pause with no calls)
  // can skip a lifetime: at least one login per round-and-a-lifetime.
  expect(logins).toBeLessThanOrEqual(Math.ceil(elapsedS / (0.9 * ttlSeconds)) + 2);
  expect(logins).toBeGreaterThanOrEqual(Math.floor(elapsedS / (ttlSeconds + longestRoundMs / 1000)));
});

test("downloads a user's VPN profile as an .ovpn file, and a bad token shows Acreto's refusal", async ({ page }) => {
  await signIn(page, admin);
  const connection = await addAcretoConnection(page, "Acreto admin", acretoAdmin);
  const ref = await ecosystemRef("Northwind Logistics", "Warehouse Floor");
  const [user] = await vendorGet<{ username: string; uuid: string }[]>(`customers/${ref.customer}/ecosystems/${ref.ecosystem}/users`);
  await page.goto(ecosystemPage(connection.id, ref));
  await page.getByRole("tab", { name: "Users" }).click();
  await page.getByRole("button", { name: `VPN profile for ${user!.username}` }).click();
  const dialog = page.getByRole("dialog", { name: `VPN profile for ${user!.username}` });

  await dialog.getByLabel("Lifetime in seconds (optional)").fill("600");
  await dialog.getByRole("button", { name: "Generate token" }).click();
  const token = dialog.getByRole("textbox", { name: "Device token" });
  await expect(token).toHaveValue(/^s\.[A-Za-z0-9]{24}$/);
  await expect(dialog.getByRole("button", { name: "Copy device token" })).toBeVisible();

  const profileReply = page.waitForResponse((response) => response.url().endsWith("/vpn-profile"));
  const download = page.waitForEvent("download");
  await dialog.getByRole("button", { name: "Download profile" }).click();
  const file = await download;
  const { profile, filename } = (await (await profileReply).json()) as { profile: string; filename: string };
  expect(file.suggestedFilename()).toBe(filename);
  expect(filename).toBe(`${user!.username.replace(/[^A-Za-z0-9._-]+/g, "-")}.ovpn`);
  const saved = await fs.readFile((await file.path())!, "utf8");
  expect(saved).toBe(profile);
  // The simulator's profile for this token: the same lines around freshly drawn keys.
  const direct = await (await fetch(`${acretoUrl}/tlsvpn/config/openvpn-udp?_token=${await token.inputValue()}`)).text();
  const shape = (text: string) => text.split("\n").filter((line) => !/^[A-Za-z0-9+/=]{40,}$/.test(line));
  expect(shape(saved)).toEqual(shape(direct));
  expect(saved).toContain(`# Acreto ecosystem VPN profile for ${user!.username}`);
  expect(saved).toContain("auth-user-pass");
  await expect(dialog.getByRole("status")).toContainText(`Saved ${filename}`);

  await token.fill("s.thisTokenWasNeverIssued00");
  await dialog.getByRole("button", { name: "Download profile" }).click();
  await expect(dialog.getByRole("alert")).toContainText("The token is invalid or has expired");
});
