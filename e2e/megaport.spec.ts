import { expect, test, type Page } from "@playwright/test";
import { MEGAPORT_CREDENTIALS } from "../simulators/credentials";
import {
  addMegaportConnection, invalidateSessions, LOGIN_ROUTE, megaportAuthUrl, netops, serviceAgent, simulatorCount, vendorLogin, vendorProducts,
  type TVendorEnd, type TVendorProduct,
} from "./megaport-simulator";
import { admin, signIn, removeAddedConnections } from "./support";

const PERMISSION_LABELS: Record<string, string> = {
  services: "Services", approve_order: "Approve orders", place_order: "Place orders", company_admin: "Company admin", financials: "Financials",
  tools: "Tools", notifications: "Notifications", virtual_employee: "Virtual employee", tickets: "Tickets", graphs: "Graphs",
};

const productRows = (page: Page) => page.getByTestId("megaport-services").locator('tbody tr[data-kind="PRODUCT"]');
const vxcRows = (page: Page) => page.getByTestId("megaport-services").locator('tbody tr[data-kind="VXC"]');

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
  const secrets = [netops.password, serviceAgent.password, MEGAPORT_CREDENTIALS.secretKey];
  expect(bodies.filter(({ body }) => secrets.some((secret) => body.includes(secret)) || /"session"\s*:|[?&]token=/.test(body)).map((b) => b.url)).toEqual([]);
  await removeAddedConnections(page);
});

async function expectEnd(card: ReturnType<Page["getByTestId"]>, end: TVendorEnd) {
  await expect(card).toContainText(end.productName);
  await expect(card).toContainText(`VLAN ${end.vlan}`);
  if (end.locationDetail) await expect(card).toContainText(`${end.locationDetail.name}, ${end.locationDetail.city}, ${end.locationDetail.country}`);
}

test("a service agent sees both companies and their permissions, filters to live MCRs and opens one to its VXCs' A and B ends", async ({ page }) => {
  await signIn(page, admin);
  const connection = await addMegaportConnection(page, "Megaport agent", serviceAgent);
  const login = await vendorLogin(serviceAgent);
  expect(Object.keys(login.permissions).sort()).toEqual(["1187", "2291"]);

  await page.goto(`/megaport?connection=${connection.id}`);
  await expect(page.getByTestId("megaport-username")).toHaveText(serviceAgent.username);
  const companies = page.getByTestId("megaport-company");
  await expect(companies).toHaveCount(2);
  for (const [companyId, permissions] of Object.entries(login.permissions)) {
    const card = companies.filter({ hasText: `#${companyId}` });
    await expect(card).toContainText(companyId === String(login.companyId) ? "Own company" : "Service agent");
    await expect(card.getByRole("list", { name: /^Permissions in / }).getByRole("listitem")).toHaveText(permissions.map((p) => PERMISSION_LABELS[p] ?? p));
  }
  await expect(companies.first()).toContainText("Contoso Cloud Operations Inc.");
  await expect(companies.nth(1)).toContainText("Northwind Interconnect Pty Ltd");

  // Both companies' services, each read with ?companyId= as Megaport lists them.
  const products = (await Promise.all(Object.keys(login.permissions).map((id) => vendorProducts(login.session, Number(id))))).flat();
  const liveMcrs = products.filter((p) => p.productType === "MCR2" && p.provisioningStatus === "LIVE");
  const gone = products.filter((p) => p.provisioningStatus === "DECOMMISSIONED").length;
  expect(liveMcrs.length).toBeGreaterThanOrEqual(2);

  await page.getByRole("navigation", { name: "Megaport" }).getByRole("link", { name: "Services" }).click();
  await expect(page.getByTestId("megaport-counts")).toContainText(`${products.length} services`);
  await expect(page.getByTestId("megaport-shown")).toContainText(`Showing ${products.length - gone} of ${products.length} services`);
  await expect(page.getByTestId("megaport-shown")).toContainText(`${gone} decommissioned hidden`);
  await expect(productRows(page)).toHaveCount(products.length - gone);
  await expect(page.getByRole("columnheader", { name: "Company" })).toBeVisible();

  // One company at a time, then decommissioned services too.
  const northwind = products.filter((p) => p.companyName === "Northwind Interconnect" && p.provisioningStatus !== "DECOMMISSIONED");
  await page.getByLabel("Company").selectOption({ label: "Northwind Interconnect" });
  await expect(productRows(page)).toHaveCount(northwind.length);
  expect((await productRows(page).locator("td:first-child a").allTextContents()).sort()).toEqual(northwind.map((p) => p.productName).sort());
  await page.getByLabel("Company").selectOption({ label: "All companies" });
  await page.getByRole("button", { name: "Show them" }).click();
  await expect(productRows(page)).toHaveCount(products.length);
  await expect(page.getByLabel("Status")).toHaveValue("all");

  await page.getByRole("group", { name: "Filter by type" }).getByRole("button", { name: /^MCRs \d+$/ }).click();
  await page.getByLabel("Status").selectOption({ label: `Live (${liveMcrs.length})` });
  await expect(page).toHaveURL((url) => url.searchParams.get("type") === "MCR2" && url.searchParams.get("status") === "LIVE");
  await expect(productRows(page)).toHaveCount(liveMcrs.length);
  expect((await productRows(page).locator("td:first-child a").allTextContents()).sort()).toEqual(liveMcrs.map((p) => p.productName).sort());
  for (const row of await productRows(page).all()) await expect(row).toContainText("Live");

  // Open the MCR with the most VXCs from the keyboard, then go to its page.
  const mcr: TVendorProduct = [...liveMcrs].sort((a, b) => b.associatedVxcs.length - a.associatedVxcs.length)[0]!;
  const shownVxcs = mcr.associatedVxcs.filter((v) => v.provisioningStatus !== "DECOMMISSIONED");
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

test("an API key connection names no person and lists its company's services", async ({ page }) => {
  await signIn(page, admin);
  const { accessKey, secretKey } = MEGAPORT_CREDENTIALS;
  const connection = await addMegaportConnection(page, "Megaport API key", { accessKey, secretKey, authUrl: megaportAuthUrl });
  await page.goto(`/megaport?connection=${connection.id}`);
  await expect(page.getByText("This connection signs in with an API key")).toBeVisible();
  const login = await vendorLogin(netops);
  const products = await vendorProducts(login.session, login.companyId);
  await page.getByRole("navigation", { name: "Megaport" }).getByRole("link", { name: "Services" }).click();
  await expect(page.getByTestId("megaport-counts")).toContainText(`${products.length} services`);
  await expect(page.getByRole("columnheader", { name: "Company" })).toHaveCount(0);
  const port = products.find((p) => p.productType === "MEGAPORT" && p.provisioningStatus === "LIVE")!;
  await page.getByLabel("Search services by name or UID").fill(port.productUid.toUpperCase());
  await expect(productRows(page)).toHaveCount(1);
  await expect(productRows(page)).toContainText(port.productName);
});
