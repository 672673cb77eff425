import { expect, test, type Locator, type Page } from "@playwright/test";
import { demoConnections } from "../scripts/demo/demo-connections";
import { SIMULATOR_CREDENTIALS } from "../simulators/credentials";
import { netops, vendorLogin, vendorProducts } from "./megaport-simulator";
import { simDevices } from "./n2n-simulator";
import { addConnection, admin, removeAddedConnections, signIn, signOut, simulatorUrls } from "./support";

const urls = simulatorUrls;

type TTreeRow = { id: number; cidr: string; family: string; mask: number; status: string; children: TTreeRow[] };
type TTree = { ipv4: (TTreeRow & { blocks: TTreeRow[] })[] };
type TNetticaDevice = { id: string; name: string; vpns?: { name: string; netName: string }[] };

/** The Nettica simulator's devices as its API sends them (a device in no VPN has no `vpns`). */
async function netticaDevices(): Promise<TNetticaDevice[]> {
  const response = await fetch(`${urls.nettica}/device`, { headers: { "X-API-KEY": SIMULATOR_CREDENTIALS.nettica.apiKey } });
  expect(response.status).toBe(200);
  return (await response.json()) as TNetticaDevice[];
}

/** The demo's connection of a vendor, added under a name of its own (other specs' connections of the same simulators may be there too). */
async function addDemoConnection(page: Page, vendor: string) {
  const connection = demoConnections(urls, SIMULATOR_CREDENTIALS).find((each) => each.vendor === vendor)!;
  return addConnection(page, { ...connection, name: `${connection.name} search` });
}

/** Ctrl-K from wherever the admin is: the palette opens with its search box focused. */
async function openPalette(page: Page): Promise<Locator> {
  await page.keyboard.press("Control+k");
  const palette = page.getByRole("dialog", { name: "Search every connection" });
  await expect(palette).toBeVisible();
  await expect(palette.getByRole("combobox")).toBeFocused();
  return palette;
}

/**
 * Types `text`, waits for an option that shows `item` on `connectionName`, moves to it with the
 * arrow keys (another spec's connection of the same simulator may list the same item first) and
 * presses Enter.
 */
async function findAndOpen(page: Page, text: string, item: string, connectionName: string) {
  const palette = await openPalette(page);
  await palette.getByRole("combobox").pressSequentially(text, { delay: 20 });
  const wanted = palette.getByRole("option").filter({ hasText: item }).filter({ hasText: connectionName });
  await expect(wanted.first()).toBeVisible({ timeout: 15_000 });
  for (let moves = 0; moves < 40 && (await wanted.first().getAttribute("aria-selected")) !== "true"; moves++) await page.keyboard.press("ArrowDown");
  await expect(wanted.first()).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Enter");
  await expect(palette).toBeHidden();
}

test.afterEach(async ({ page }) => {
  await removeAddedConnections(page);
});

// The palette shows the first 8 items per vendor: connections other specs left to the same simulators
// would crowd this spec's own out. It starts, as a new admin does, from its own connections only.
test.beforeEach(async ({ page }) => {
  await signIn(page, admin);
  const origin = new URL(page.url()).origin;
  const { connections } = (await (await page.request.get("/api/connections")).json()) as { connections: { id: string }[] };
  for (const { id } of connections.filter((c) => !c.id.startsWith("env:"))) await page.request.delete(`/api/connections/${id}`, { headers: { origin } });
});

test("Ctrl-K finds an address inside a ProVision block, a Nettica endpoint, a Megaport UID and an N2N DevEUI, and Enter opens each one's page", async ({ page }) => {
  test.setTimeout(120_000);
  const nettica = await addDemoConnection(page, "nettica");
  const provision = await addDemoConnection(page, "provision");
  const n2n = await addDemoConnection(page, "n2n");
  const megaport = await addDemoConnection(page, "megaport");

  // What each vendor holds, read as an admin would look it up.
  const gateway = ((await (await fetch(`${urls.nettica}/_sim/devices`)).json()) as { id: string; name: string; endpoints: string[] }[]).find((device) => device.name === "nyc-gw-01")!;
  const tree = (await (await page.request.get(`/api/v/provision/${provision.id}/blocks`)).json()) as TTree;
  const block = tree.ipv4.flatMap((aggregate) => aggregate.blocks).find((row) => row.status === "assigned" && row.children.length === 0 && row.mask <= 30)!;
  const insideBlock = block.cidr.replace(/\.(\d+)\/\d+$/, (_, last: string) => `.${Number(last) + 1}`);
  const sensor = (await simDevices()).find((device) => /^[0-9A-F]{16}$/.test(device.deviceId) && device.name)!;
  const service = (await vendorProducts((await vendorLogin(netops)).session)).find((product) => product.productName)!;

  // The search box in the header opens the same palette; Escape closes it.
  await page.getByRole("button", { name: /Search every connection/ }).click();
  const palette = page.getByRole("dialog", { name: "Search every connection" });
  await expect(palette).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(palette).toBeHidden();

  await findAndOpen(page, insideBlock, block.cidr, provision.name);
  await expect(page).toHaveURL(`/ipam?connection=${provision.id}&block=${block.id}`);
  await expect(page.locator("#block-detail-heading")).toContainText(block.cidr);

  await findAndOpen(page, gateway.endpoints[0]!, "nyc-gw-01", nettica.name);
  await expect(page).toHaveURL(`/nettica/devices/${gateway.id}?connection=${nettica.id}`);
  await expect(page.getByRole("heading", { level: 1, name: "nyc-gw-01" })).toBeVisible();

  await findAndOpen(page, service.productUid, service.productName, megaport.name);
  await expect(page).toHaveURL(`/megaport/services/${service.productUid}?connection=${megaport.id}`);
  await expect(page.getByRole("heading", { level: 1, name: service.productName })).toBeVisible();

  await findAndOpen(page, sensor.deviceId, sensor.name, n2n.name);
  await expect(page).toHaveURL(`/n2n/devices/${sensor.deviceId}?connection=${n2n.id}`);
  await expect(page.getByRole("heading", { level: 1, name: sensor.name })).toBeVisible();

  // Nothing anywhere: said so.
  const empty = await openPalette(page);
  await empty.getByRole("combobox").pressSequentially("zz-no-such-thing-anywhere");
  await expect(empty.getByText("No match in any connection")).toBeVisible();
});

test("'Show all' under Nettica's first 8 hits shows every device it counted, in a list that scrolls, and 'All vendors' goes back", async ({ page }) => {
  test.setTimeout(90_000);
  const nettica = await addDemoConnection(page, "nettica");
  // The network's name finds every device with a VPN in it: more than the 8 a vendor shows.
  const mesh = "hq-mesh";
  const inMesh = (await netticaDevices()).filter((device) => (device.vpns ?? []).some((vpn) => vpn.netName === mesh));
  expect(inMesh.length).toBeGreaterThan(8);

  const palette = await openPalette(page);
  await palette.getByRole("combobox").pressSequentially(mesh, { delay: 20 });
  const showAll = palette.getByRole("option", { name: `Show all ${inMesh.length} results from Nettica`, exact: true });
  const hits = palette.getByRole("option").filter({ hasText: nettica.name });
  await expect(showAll).toBeVisible({ timeout: 15_000 });
  await expect(hits).toHaveCount(8);
  await expect(palette.getByText(`Nettica · VPN devices — first 8 of ${inMesh.length}`)).toBeVisible();

  // The arrow keys reach it at the end of the group; Enter narrows the palette to Nettica.
  for (let moves = 0; moves < 20 && (await showAll.getAttribute("aria-selected")) !== "true"; moves++) await page.keyboard.press("ArrowDown");
  await expect(showAll).toHaveAttribute("aria-selected", "true");
  const narrowed = page.waitForResponse((response) => response.url().includes(`/api/search?q=${mesh}&vendor=nettica&limit=100`));
  await page.keyboard.press("Enter");
  expect((await narrowed).status()).toBe(200);
  const allVendors = palette.getByRole("button", { name: "All vendors" });
  await expect(allVendors).toBeVisible();
  await expect(palette.getByText("Only Nettica · VPN devices")).toBeVisible();
  await expect(hits).toHaveCount(inMesh.length);
  await expect(showAll).toHaveCount(0);
  await expect(palette.getByText(`Nettica · VPN devices — all ${inMesh.length}`)).toBeVisible();
  for (const device of inMesh) await expect(hits.filter({ hasText: device.name }).first(), device.name).toBeAttached();

  // The list scrolls: End selects the last hit and brings it into view, the first one out of it.
  await expect(palette.getByRole("combobox")).toBeFocused();
  await page.keyboard.press("End");
  await expect(hits.last()).toHaveAttribute("aria-selected", "true");
  await expect(hits.last()).toBeInViewport();
  await expect(hits.first()).not.toBeInViewport();

  // Back to every vendor, the keys still in the search box.
  await allVendors.click();
  await expect(allVendors).toHaveCount(0);
  await expect(palette.getByRole("combobox")).toBeFocused();
  await expect(hits).toHaveCount(8);
  await expect(showAll).toBeVisible();

  // A click narrows it too; the next open is for every vendor again.
  await showAll.click();
  await expect(hits).toHaveCount(inMesh.length);
  await page.keyboard.press("Escape");
  await expect(palette).toBeHidden();
  const reopened = await openPalette(page);
  await expect(reopened.getByRole("button", { name: "All vendors" })).toHaveCount(0);
});

test("a viewer's palette offers no operator or admin action or page, and the search API answers none", async ({ page }) => {
  const viewer = { email: `search-viewer-${Date.now()}@patchbay.test`, password: "viewer-password-456" };
  const created = await page.request.post("/api/users", { headers: { origin: new URL(page.url()).origin }, data: { ...viewer, role: "viewer" } });
  expect(created.status()).toBe(201);
  const nettica = await addDemoConnection(page, "nettica");

  // An admin is offered the admin pages and actions.
  let palette = await openPalette(page);
  for (const name of ["Settings → Connections", "Add a connection", "Smart Assign a block", "Audit"]) await expect(palette.getByRole("option", { name: new RegExp(`^${name}`) })).toBeVisible();
  await page.keyboard.press("Escape");
  await signOut(page);

  await signIn(page, viewer);
  palette = await openPalette(page);
  await expect(palette.getByRole("option", { name: /Settings → Security/ })).toBeVisible();
  for (const name of ["Smart Assign a block", "Enrol an N2N device", "Mute an alert rule", "Add a connection", "Add a user", "Audit", "Settings → Connections", "Settings → Users"]) {
    await expect(palette.getByRole("option", { name: new RegExp(name) })).toHaveCount(0);
  }
  for (const typed of ["assign", "enrol", "mute", "add a", "audit", "users"]) {
    const answered = page.waitForResponse((response) => response.url().includes(`/api/search?q=${encodeURIComponent(typed)}`));
    await palette.getByRole("combobox").fill(typed);
    await answered;
    await expect(palette.getByRole("status")).not.toContainText("Searching…");
    await expect(palette.getByRole("option").filter({ hasText: /Smart Assign|Enrol an N2N|Mute an alert|Add a connection|Add a user|^Audit|Settings → (Connections|Users)/ })).toHaveCount(0);
  }
  // Items are for every role: the viewer finds the gateway and opens its page.
  await palette.getByRole("combobox").fill("nyc-gw-01");
  await expect(palette.getByRole("option").filter({ hasText: "nyc-gw-01" }).filter({ hasText: nettica.name }).first()).toBeVisible({ timeout: 15_000 });
  await page.keyboard.press("Escape");

  for (const q of ["assign", "add", "audit", "settings", "mute", "enrol"]) {
    const response = await page.request.get(`/api/search?q=${encodeURIComponent(q)}`);
    expect(response.status()).toBe(200);
    const { pages } = (await response.json()) as { pages: { role: string; title: string }[] };
    expect(pages.filter((each) => each.role !== "viewer"), q).toEqual([]);
  }
  expect((await page.request.get("/api/search")).status()).toBe(400);
  await signOut(page);
  await signIn(page, admin);
});
