import { expect, test, type Locator, type Page } from "@playwright/test";
import { MEGAPORT_CREDENTIALS } from "../simulators/credentials";
import {
  addMegaportConnection, changeProduct, invalidateSessions, LOGIN_ROUTE, megaportAuthUrl, mfaUser, netops, resetMegaport, serviceAgent, simulatorCount, totpNow,
  vendorCompany, vendorLogin, vendorProducts, type TVendorEnd, type TVendorProduct,
} from "./megaport-simulator";
import { admin, signIn, removeAddedConnections } from "./support";

const PERMISSION_LABELS: Record<string, string> = {
  approve_order: "Approve orders", company_admin: "Company admin", technical_admin: "Technical admin", read_only: "Read only",
};

const productRows = (page: Page) => page.getByTestId("megaport-services").locator('tbody tr[data-kind="PRODUCT"]');
const vxcRows = (page: Page) => page.getByTestId("megaport-services").locator('tbody tr[data-kind="VXC"]');
const servicesTab = (page: Page) => page.getByRole("navigation", { name: "Megaport" }).getByRole("link", { name: "Services" });
const isGone = (p: { provisioningStatus: string }) => p.provisioningStatus === "DECOMMISSIONED";

// Every body the browser receives is kept, to prove afterwards that no Megaport secret was among them.
let received: Promise<{ url: string; body: string }>[] = [];
test.beforeEach(({ page }) => {
  received = [];
  page.on("response", (response) => {
    received.push(response.text().then((body) => ({ url: response.url(), body }), () => ({ url: response.url(), body: "" })));
  });
});

test.afterEach(async ({ page }) => {
  const bodies = [...(await Promise.all(received)), { url: page.url(), body: await page.content() }];
  const secrets = [netops.password, serviceAgent.password, mfaUser.password, mfaUser.totpSecret, MEGAPORT_CREDENTIALS.secretKey];
  expect(bodies.filter(({ body }) => secrets.some((secret) => body.includes(secret)) || /"session"\s*:|[?&]token=/.test(body)).map((b) => b.url)).toEqual([]);
  await removeAddedConnections(page);
});

async function expectEnd(card: Locator, end: TVendorEnd) {
  await expect(card).toContainText(end.productName);
  await expect(card).toContainText(`VLAN ${end.vlan}`);
  if (end.locationDetail) await expect(card).toContainText(`${end.locationDetail.name}, ${end.locationDetail.city}, ${end.locationDetail.country}`);
}

/** A company card: its name and number, who holds it, the permissions held there, and the details Megaport gave. */
async function expectCompanyCard(page: Page, company: { companyId: number; legalName: string }, badge: string, permissions: string[] | null) {
  const card = page.getByTestId("megaport-company").filter({ hasText: `#${company.companyId}` });
  await expect(card).toContainText(badge);
  await expect(card).toContainText(company.legalName);
  await expect(card).not.toContainText("did not show this company");
  if (permissions) await expect(card.getByRole("list", { name: /^Permissions in / }).getByRole("listitem")).toHaveText(permissions.map((p) => PERMISSION_LABELS[p] ?? p));
}

test("an account whose only permission is company_admin lists its services, reads its company card, and opens a live MCR to its VXCs' A and B ends", async ({ page }) => {
  await signIn(page, admin);
  const connection = await addMegaportConnection(page, "Megaport netops", netops);
  const login = await vendorLogin(netops);
  expect(login.permissions).toEqual({ [String(login.companyId)]: ["company_admin"] });

  await page.goto(`/megaport?connection=${connection.id}`);
  await expect(page.getByTestId("megaport-username")).toHaveText(netops.username);
  await expect(page.getByTestId("megaport-company")).toHaveCount(1);
  await expectCompanyCard(page, await vendorCompany(login.session, login.companyId), "Own company", ["company_admin"]);

  const products = await vendorProducts(login.session);
  const gone = products.filter(isGone).length;
  const liveMcrs = products.filter((p) => p.productType === "MCR2" && p.provisioningStatus === "LIVE");
  expect(liveMcrs.length).toBeGreaterThanOrEqual(2);
  await page.getByRole("link", { name: /^Services of / }).click();
  await expect(page.getByTestId("megaport-counts")).toContainText(`${products.length} services`);
  await expect(page.getByTestId("megaport-shown")).toContainText(`Showing ${products.length - gone} of ${products.length} services`);
  await expect(page.getByTestId("megaport-shown")).toContainText(`${gone} decommissioned hidden`);
  await expect(productRows(page)).toHaveCount(products.length - gone);
  await expect(page.getByTestId("unreadable-notice")).toHaveCount(0);
  await expect(page.getByRole("columnheader", { name: "Company" })).toHaveCount(0);
  // A lower-case "mve" from Megaport is counted as an MVE; a DEPLOYABLE one shows its status.
  await expect(page.getByRole("group", { name: "Filter by type" }).getByRole("button", { name: `MVEs ${products.filter((p) => p.productType === "MVE").length}` })).toBeVisible();
  await expect(productRows(page).filter({ hasText: "MVE-NYC-PA" })).toContainText("Deployable");

  // A VXC the customer shut down says so.
  const shut = products.flatMap((p) => p.associatedVxcs).find((v) => v.shutdown)!;
  await page.getByLabel("Search services by name or UID").fill(shut.productName);
  await expect(vxcRows(page).filter({ hasText: shut.productName }).first()).toContainText("Shut down");
  await page.getByLabel("Search services by name or UID").fill("");

  await page.getByRole("button", { name: "Show them" }).click();
  await expect(productRows(page)).toHaveCount(products.length);
  await page.getByRole("group", { name: "Filter by type" }).getByRole("button", { name: /^MCRs \d+$/ }).click();
  await page.getByLabel("Status").selectOption({ label: `Live (${liveMcrs.length})` });
  await expect(page).toHaveURL((url) => url.searchParams.get("type") === "MCR2" && url.searchParams.get("status") === "LIVE");
  await expect(productRows(page)).toHaveCount(liveMcrs.length);
  expect((await productRows(page).locator("td:first-child a").allTextContents()).sort()).toEqual(liveMcrs.map((p) => p.productName).sort());

  // Open the MCR with the most VXCs from the keyboard, then go to its page.
  const mcr: TVendorProduct = [...liveMcrs].sort((a, b) => b.associatedVxcs.length - a.associatedVxcs.length)[0]!;
  const shownVxcs = mcr.associatedVxcs.filter((v) => !isGone(v));
  const expand = page.getByRole("button", { name: new RegExp(`^Show \\d+ VXCs? of ${mcr.productName}$`) });
  await expand.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: new RegExp(`^Hide .* of ${mcr.productName}$`) })).toHaveAttribute("aria-expanded", "true");
  expect((await vxcRows(page).locator("td:first-child a").allTextContents()).sort()).toEqual(shownVxcs.map((v) => v.productName).sort());

  await productRows(page).getByRole("link", { name: mcr.productName, exact: true }).click();
  await expect(page).toHaveURL(`/megaport/services/${mcr.productUid}?connection=${connection.id}`);
  await expect(page.getByRole("heading", { level: 1, name: mcr.productName })).toBeVisible();
  await expect(page.getByTestId("megaport-resource").filter({ hasText: "virtual_router" })).toContainText("mcrAsn");
  await expect(page.getByTestId("vxc-card")).toHaveCount(mcr.associatedVxcs.length);
  for (const vxc of mcr.associatedVxcs) {
    const card = page.getByTestId("vxc-card").filter({ has: page.getByRole("heading", { name: vxc.productName, exact: true }) });
    await expectEnd(card.getByTestId("vxc-a-end"), vxc.aEnd);
    await expectEnd(card.getByTestId("vxc-b-end"), vxc.bEnd);
  }

  // Back to the list: the filter is still in the URL.
  await page.goBack();
  await expect(productRows(page)).toHaveCount(liveMcrs.length);
});

test("a service agent sees both companies read with the permissions held in each, and its own company's services", async ({ page }) => {
  await signIn(page, admin);
  const connection = await addMegaportConnection(page, "Megaport agent", serviceAgent);
  const login = await vendorLogin(serviceAgent);
  expect(Object.keys(login.permissions)).toHaveLength(2);

  await page.goto(`/megaport?connection=${connection.id}`);
  await expect(page.getByTestId("megaport-username")).toHaveText(serviceAgent.username);
  await expect(page.getByTestId("megaport-company")).toHaveCount(2);
  // Megaport keys these permissions by company uid; each card still reads its company by the legacy /secure call.
  for (const [key, permissions] of Object.entries(login.permissions)) {
    const company = await vendorCompany(login.session, key);
    await expectCompanyCard(page, company, company.companyId === login.companyId ? "Own company" : "Service agent", permissions);
  }
  await expect(page.getByTestId("megaport-company").first()).toContainText("Contoso Cloud Operations Inc.");

  const products = await vendorProducts(login.session);
  expect(new Set(products.map((p) => p.companyName))).toEqual(new Set(["Contoso Cloud Ops"]));
  await servicesTab(page).click();
  await expect(page.getByTestId("megaport-counts")).toContainText(`${products.length} services`);
  await expect(productRows(page)).toHaveCount(products.filter((p) => !isGone(p)).length);
  expect((await productRows(page).locator("td:first-child a").allTextContents()).sort()).toEqual(products.filter((p) => !isGone(p)).map((p) => p.productName).sort());
});

test("a refused session logs in again once and the page recovers", async ({ page }) => {
  await signIn(page, admin);
  const connection = await addMegaportConnection(page, "Megaport netops", netops);
  await page.goto(`/megaport/services?connection=${connection.id}`);
  await expect(productRows(page).first()).toBeVisible();
  const shown = await productRows(page).count();

  const before = await simulatorCount(LOGIN_ROUTE);
  await invalidateSessions();
  // Patchbay may answer from its few-second cache first: reload until Megaport has been asked again.
  await expect
    .poll(
      async () => {
        await page.reload();
        await expect(productRows(page)).toHaveCount(shown);
        return (await simulatorCount(LOGIN_ROUTE)) - before;
      },
      { timeout: 30_000, intervals: [1_000] },
    )
    .toBe(1);
  await expect(page.getByRole("main").getByRole("alert")).toHaveCount(0);
  await page.getByRole("button", { name: "Refresh" }).click();
  await expect(page.getByTestId("megaport-updated")).toContainText("Updated");
  await expect(productRows(page)).toHaveCount(shown);
  expect((await simulatorCount(LOGIN_ROUTE)) - before).toBe(1);
});

test("an API key connection shows its company and the company's users, and lists the company's services", async ({ page }) => {
  await signIn(page, admin);
  const { accessKey, secretKey } = MEGAPORT_CREDENTIALS;
  const connection = await addMegaportConnection(page, "Megaport API key", { accessKey, secretKey, authUrl: megaportAuthUrl });
  const login = await vendorLogin(netops);
  const company = await vendorCompany(login.session, login.companyId);
  const products = await vendorProducts(login.session);

  await page.goto(`/megaport?connection=${connection.id}`);
  await expect(page.getByTestId("megaport-api-key")).toContainText("This connection signs in with an API key");
  await expectCompanyCard(page, company, "API key", null);
  await expect(page.getByTestId("megaport-company")).toContainText(company.companyName);
  const users = page.getByTestId("megaport-users").getByRole("listitem");
  await expect(users).toHaveCount(2);
  await expect(users.filter({ hasText: netops.username })).toContainText("Company Admin");
  await expect(users.filter({ hasText: mfaUser.username })).toContainText("MFA");

  await servicesTab(page).click();
  await expect(page.getByTestId("megaport-counts")).toContainText(`${products.length} services`);
  await expect(page.getByRole("columnheader", { name: "Company" })).toHaveCount(0);
  const port = products.find((p) => p.productType === "MEGAPORT" && p.provisioningStatus === "LIVE")!;
  await page.getByLabel("Search services by name or UID").fill(port.productUid.toUpperCase());
  await expect(productRows(page)).toHaveCount(1);
  await expect(productRows(page)).toContainText(port.productName);
});

test("a password account with a one-time password is asked for the code in the dialog, then lists its services", async ({ page }) => {
  await signIn(page, admin);
  const connection = await addMegaportConnection(page, "Megaport secops", { username: mfaUser.username, password: mfaUser.password });
  const products = await vendorProducts((await vendorLogin(netops)).session);

  await page.goto(`/megaport/services?connection=${connection.id}`);
  const dialog = page.getByRole("dialog", { name: "One-time code" });
  await expect(dialog).toContainText("Megaport asks for a one-time code");
  const code = dialog.getByLabel("Code from the authenticator app");
  await expect(code).toBeFocused();

  // A wrong code is refused with the reason, and the admin tries again.
  await code.fill("000000");
  await dialog.getByRole("button", { name: "Sign in" }).click();
  await expect(dialog.getByRole("alert")).toContainText("did not accept the one-time code");
  await expect(code).toHaveValue("");
  await code.fill(totpNow(mfaUser.totpSecret));
  await dialog.getByRole("button", { name: "Sign in" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("megaport-counts")).toContainText(`${products.length} services`);
  await expect(productRows(page)).toHaveCount(products.filter((p) => !isGone(p)).length);

  // The session is kept: the account page asks for nothing more.
  await page.getByRole("navigation", { name: "Megaport" }).getByRole("link", { name: "Account" }).click();
  await expect(page.getByTestId("megaport-username")).toHaveText(mfaUser.username);
  await expect(dialog).toHaveCount(0);
});

test("the services list with one product Patchbay cannot read shows the rest and says what it left out", async ({ page }) => {
  await signIn(page, admin);
  const products = await vendorProducts((await vendorLogin(netops)).session);
  const odd = products.find((p) => p.productName === "BNE-EDGE-01")!;
  await changeProduct(odd.productUid, { provisioningStatus: { code: 7, label: "a status shape Patchbay has never seen" } });
  try {
    const connection = await addMegaportConnection(page, "Megaport netops", netops);
    await page.goto(`/megaport/services?connection=${connection.id}`);
    const rest = products.filter((p) => p.productUid !== odd.productUid);
    await expect(page.getByTestId("megaport-counts")).toContainText(`${rest.length} services`);
    await expect(productRows(page)).toHaveCount(rest.filter((p) => !isGone(p)).length);
    await expect(productRows(page).filter({ hasText: odd.productName })).toHaveCount(0);
    const notice = page.getByTestId("unreadable-notice");
    await expect(notice).toContainText("1 service Patchbay could not read is not shown.");
    await expect(notice).toContainText(`(${odd.productUid}): provisioningStatus`);
  } finally {
    await resetMegaport();
  }
});
