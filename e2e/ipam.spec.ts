import { createHmac } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { formatPercent } from "../components/ipam/format";
import { PROVISION_CREDENTIALS } from "../simulators/credentials";
import { addConnection as addAnyConnection, admin, removeAddedConnections, signIn, signOut, simulatorUrl } from "./support";

const provisionUrl = `${simulatorUrl}/provision/api/v1/api.php`;
const control = (path: string) => `${simulatorUrl}/provision/_sim/${path}`;
type TRawBlock = { id: string; cidr: string; parent: string | null; top_aggregate: string; address: string; end_address: string; is_assigned: string; resource_id: string | null };

/** The simulator's own truth, read as ProVision is read: apiKey last, HMAC of the exact query, hash percent-encoded and last. */
async function rawBlocks(): Promise<TRawBlock[]> {
  const query = `target=ipam&action=get&apiKey=${PROVISION_CREDENTIALS.apiKey}`;
  const hash = createHmac("sha256", PROVISION_CREDENTIALS.secretKey).update(query).digest("base64");
  const response = await fetch(`${provisionUrl}?${query}&hash=${encodeURIComponent(hash)}`);
  expect(response.status).toBe(200);
  const body = (await response.json()) as { success: number; data: TRawBlock[] };
  expect(body.success).toBe(1);
  return body.data;
}

/** Assigned addresses / size for every aggregate, in BigInt, from the raw blocks. */
async function expectedUtilisation(): Promise<Map<string, string>> {
  const blocks = await rawBlocks();
  const size = (b: TRawBlock) => BigInt(b.end_address) - BigInt(b.address) + 1n;
  const result = new Map<string, string>();
  for (const aggregate of blocks.filter((b) => b.parent === null)) {
    const assigned = blocks.filter((b) => b.top_aggregate === aggregate.id && b.is_assigned === "1").reduce((sum, b) => sum + size(b), 0n);
    result.set(aggregate.cidr, `${formatPercent(Number((assigned * 1_000_000n) / size(aggregate)) / 1_000_000)} assigned`);
  }
  return result;
}

async function expectUtilisationAsSimulator(page: Page) {
  const expected = await expectedUtilisation();
  expect(expected.size).toBe(7);
  for (const [cidr, text] of expected) await expect(page.getByRole("meter", { name: `Utilisation of ${cidr}` })).toHaveAttribute("aria-valuetext", text);
}

const addConnection = (page: Page, name: string, secretKey: string = PROVISION_CREDENTIALS.secretKey) =>
  addAnyConnection(page, { vendor: "provision", name, baseUrl: provisionUrl, values: { apiKey: PROVISION_CREDENTIALS.apiKey, secretKey } });

/** The signed calls the simulator took, by action ("ipam.smartAssign"): it answers only a GET whose signed query is in the URL. */
const simulatorCalls = async () => (await (await fetch(control("calls"))).json()) as Record<string, number>;

const row = (page: Page, cidr: string) => page.getByRole("row").filter({ has: page.getByText(cidr, { exact: true }) });

async function openIpam(page: Page) {
  await signIn(page, admin);
  const connection = await addConnection(page, "ProVision e2e");
  await page.goto(`/ipam?connection=${connection.id}`);
  await expect(page.getByTestId("tree-summary")).toContainText(connection.name);
  return connection;
}

test.beforeEach(async () => {
  expect((await fetch(control("reset"), { method: "POST" })).ok).toBe(true);
});
test.afterEach(async ({ page }) => {
  await removeAddedConnections(page);
});

test("shows each aggregate's utilisation as the simulator counts it, the free space largest first, a search and a block's details", async ({ page }) => {
  await signIn(page, admin);
  const connection = await addConnection(page, "ProVision e2e");
  await page.goto(`/ipam?connection=${connection.id}`);
  await expect(page.getByTestId("tree-summary")).toContainText(`${connection.name} · 5 IPv4 and 2 IPv6 aggregates`);
  await expectUtilisationAsSimulator(page);

  await page.getByRole("button", { name: "Expand 10.0.0.0/16" }).click();
  await expect(page.getByRole("button", { name: "Collapse 10.0.0.0/16" })).toHaveAttribute("aria-expanded", "true");
  const free = ["10.0.128.0/17", "10.0.64.0/18", "10.0.16.0/20", "10.0.48.0/20", "10.0.8.0/21", "10.0.3.0/24"];
  const availableRows = page.getByRole("row").filter({ has: page.getByText("Available", { exact: true }) });
  await expect(availableRows).toHaveCount(free.length);
  for (const [i, cidr] of free.entries()) await expect(availableRows.nth(i)).toContainText(cidr);
  await expect(row(page, "10.0.128.0/17")).toContainText("fits 128 × /24");
  await expect(row(page, "10.0.2.0/24")).toContainText("In holding");

  await page.getByLabel("Find an address or block").fill("10.0.3.7");
  await page.getByRole("button", { name: "Find" }).click();
  await expect(page.getByRole("status").filter({ hasText: "10.0.3.7 is free" })).toHaveText("10.0.3.7 is free: available block 10.0.3.0/24 in aggregate 10.0.0.0/16.");

  await page.getByRole("button", { name: "Details of 10.0.4.0/22" }).click();
  const panel = page.getByRole("complementary", { name: /10\.0\.4\.0\/22/ });
  await expect(panel.getByRole("navigation", { name: "Parent chain" })).toContainText("10.0.0.0/16");
  await expect(panel).toContainText("Initech Backbone (#101)");
  await expect(panel).toContainText("10.0.4.0 - 10.0.7.255");
  await expect(panel.getByText("2024-03-20 09:49:00").first()).toBeVisible();
});

test("a Smart Assign of a /28 shows the block it got and moves the bar; Unassign returns it to free", async ({ page }) => {
  await signIn(page, admin);
  const connection = await addConnection(page, "ProVision e2e");
  await page.goto(`/ipam?connection=${connection.id}`);
  const meter = page.getByRole("meter", { name: "Utilisation of 198.51.100.0/24" });
  await expect(meter).toHaveAttribute("aria-valuetext", "21.9% assigned");

  await page.getByRole("button", { name: "Smart Assign" }).click();
  const dialog = page.getByRole("dialog", { name: "Smart Assign" });
  await dialog.getByLabel("Mask").fill("28");
  await dialog.getByLabel("RIR").selectOption("ARIN");
  await dialog.getByLabel("Resource", { exact: true }).selectOption({ label: "Acme Corp (#42)" });
  await dialog.getByLabel("Tags to match (optional)").fill("customer");
  await dialog.getByRole("button", { name: "Smart Assign" }).click();
  await expect(dialog.getByTestId("smart-assign-block")).toHaveText("198.51.100.16/28");
  await expect(dialog).toContainText("Assigned 198.51.100.16/28 to Resource (42) via Smart Assign");
  const got = (await rawBlocks()).find((b) => b.cidr === "198.51.100.16/28");
  expect(got).toMatchObject({ is_assigned: "1", resource_id: "42" });
  await dialog.getByRole("button", { name: "Done" }).click();

  await expectUtilisationAsSimulator(page);
  await expect(meter).toHaveAttribute("aria-valuetext", "28.1% assigned");
  await page.getByRole("button", { name: "Expand 198.51.100.0/24" }).click();
  await expect(row(page, "198.51.100.16/28")).toContainText("Assigned");
  await expect(row(page, "198.51.100.16/28")).toContainText("Acme Corp");

  await page.getByRole("button", { name: "Unassign 198.51.100.16/28" }).click();
  const confirm = page.getByRole("dialog", { name: "Unassign 198.51.100.16/28?" });
  await confirm.getByLabel(/Skip holding/).check();
  await confirm.getByRole("button", { name: "Unassign" }).click();
  await expect(page.getByText("Unassigned 198.51.100.16/28")).toBeVisible();
  await expect(meter).toHaveAttribute("aria-valuetext", "21.9% assigned");
  await expect(row(page, "198.51.100.16/28")).toContainText("Available");
  expect((await rawBlocks()).find((b) => b.cidr === "198.51.100.16/28")).toMatchObject({ is_assigned: "0", resource_id: null });
  expect(await simulatorCalls()).toMatchObject({ "ipam.smartAssign": 1, "ipam.unassign": 1 });

  const audit = await page.request.get("/api/audit?action=provision.");
  const { events } = (await audit.json()) as { events: { action: string; outcome: string; actorEmail: string }[] };
  expect(events).toEqual(expect.arrayContaining([expect.objectContaining({ action: "provision.smartAssign", outcome: "ok" }), expect.objectContaining({ action: "provision.unassign", outcome: "ok" })]));
});

test("Direct Assign offers every ProVision customer, one on no block yet found by a search, and assigns the chosen block to it", async ({ page }) => {
  await openIpam(page);
  expect((await rawBlocks()).some((b) => b.resource_id === "840")).toBe(false);
  await page.getByRole("button", { name: "Expand 10.0.0.0/16" }).click();
  await page.getByRole("button", { name: "Assign from 10.0.3.0/24" }).click();
  const dialog = page.getByRole("dialog", { name: "Assign from 10.0.3.0/24" });
  const resource = dialog.getByLabel("Resource", { exact: true });
  await expect(resource.getByRole("option")).toHaveCount(12); // "Choose a resource…" and ProVision's 11 customers
  await dialog.getByLabel("Find a resource").fill("soyl");
  await expect(resource.getByRole("option")).toHaveText(["Choose a resource…", "Soylent Networks (#840)"]);
  await resource.selectOption({ label: "Soylent Networks (#840)" });
  await dialog.getByRole("button", { name: "Assign block" }).click();
  await expect(page.getByText("Assigned 10.0.3.0/24", { exact: true })).toBeVisible();
  await expect(row(page, "10.0.3.0/24")).toContainText("Soylent Networks");
  expect((await rawBlocks()).find((b) => b.cidr === "10.0.3.0/24")).toMatchObject({ is_assigned: "1", resource_id: "840" });
  expect((await simulatorCalls())["ipam.directAssign"]).toBe(1);
});

test("edits an aggregate's notes, region and VLAN, takes a tag off it, then deletes it; the read-only lab space offers neither", async ({ page }) => {
  await openIpam(page);
  await expect(page.getByRole("button", { name: "Edit 3fff::/20" })).toBeDisabled();
  await expect(page.getByRole("button", { name: "Delete 3fff::/20" })).toBeDisabled();

  await page.getByRole("button", { name: "Edit 192.0.2.0/24" }).click();
  const dialog = page.getByRole("dialog", { name: "Edit 192.0.2.0/24" });
  await expect(dialog).toContainText("has no call that adds one to a block that exists");
  await dialog.getByRole("button", { name: "Remove tag customer" }).click();
  await expect(page.getByText("Removed tag customer from 192.0.2.0/24", { exact: true })).toBeVisible();
  await expect(dialog).toContainText("No tags.");
  await dialog.getByLabel("Notes").fill("EU customers, 50% reserved");
  await dialog.getByLabel("Region").fill("AMS");
  await dialog.getByLabel("VLAN").fill("42");
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Saved 192.0.2.0/24", { exact: true })).toBeVisible();
  await expect(row(page, "192.0.2.0/24")).toContainText("AMS");
  const edited = (await rawBlocks()).find((b) => b.cidr === "192.0.2.0/24") as TRawBlock & { notes: string; region: string; vlan: string; tags: string[] };
  expect([edited.notes, edited.region, edited.vlan, edited.tags]).toEqual(["EU customers, 50% reserved", "AMS", "42", []]);

  await page.getByRole("button", { name: "Delete 192.0.2.0/24" }).click();
  await page.getByRole("dialog", { name: "Delete 192.0.2.0/24?" }).getByRole("button", { name: "Delete aggregate" }).click();
  await expect(page.getByText("Deleted 192.0.2.0/24", { exact: true })).toBeVisible();
  await expect(page.getByTestId("tree-summary")).toContainText("4 IPv4 and 2 IPv6 aggregates");
  expect((await rawBlocks()).some((b) => b.cidr === "192.0.2.0/24")).toBe(false);
  expect(await simulatorCalls()).toMatchObject({ "ipam.deleteTag": 1, "ipam.update": 1, "ipam.delete": 1 });
});

test("a Smart Assign whose answer is lost reaches ProVision once, says what ProVision did, and a second one needs the admin's word", async ({ page }) => {
  await openIpam(page);
  await page.getByRole("button", { name: "Smart Assign" }).click();
  const dialog = page.getByRole("dialog", { name: "Smart Assign" });
  await dialog.getByLabel("Mask").fill("28");
  await dialog.getByLabel("Resource", { exact: true }).selectOption({ label: "Acme Corp (#42)" });
  const queued = await fetch(control("faults/next"), { method: "POST", body: JSON.stringify({ kind: "lose-reply", query: { action: "smartAssign" } }) });
  expect(queued.ok).toBe(true);
  await dialog.getByRole("button", { name: "Smart Assign" }).click();

  // ProVision acted and its answer was lost: the console read it back and says so before anything else.
  const outcome = page.getByRole("dialog", { name: "Done, though the answer was lost" });
  await expect(outcome.getByTestId("change-outcome")).toContainText("The vendor shows: 198.51.100.16/28 newly assigned to Acme Corp (#42)");
  await expect(outcome).toContainText("Patchbay did not send it again.");
  await expect(outcome).toContainText("Sending it again makes the change a second time.");
  await outcome.getByRole("button", { name: "Don’t send" }).click();
  await expect(dialog.getByRole("alert")).toContainText("6connect ProVision's answer to the Smart Assign of a /28 to resource 42 was lost");
  expect((await simulatorCalls())["ipam.smartAssign"]).toBe(1);
  const stats = (await (await fetch(control("stats"))).json()) as { faults: Record<string, number> };
  expect(stats.faults).toEqual({ "lose-reply": 1 });

  // A second click is held back, with what ProVision shows now; declining sends nothing.
  await dialog.getByRole("button", { name: "Smart Assign" }).click();
  await expect(outcome).toContainText("was sent 1 min ago and 6connect ProVision's answer was lost.");
  await outcome.getByRole("button", { name: "Don’t send" }).click();
  expect((await simulatorCalls())["ipam.smartAssign"]).toBe(1);
  // Confirmed, it is sent once more: a second /28.
  await dialog.getByRole("button", { name: "Smart Assign" }).click();
  await outcome.getByRole("button", { name: "Send a second time" }).click();
  await expect(dialog.getByTestId("smart-assign-block")).toHaveText("198.51.100.32/28");
  expect((await simulatorCalls())["ipam.smartAssign"]).toBe(2);

  await page.reload();
  await page.getByRole("button", { name: "Expand 198.51.100.0/24" }).click();
  await expect(row(page, "198.51.100.16/28")).toContainText("Acme Corp");
  await expect(row(page, "198.51.100.32/28")).toContainText("Acme Corp");
});

test("a block ProVision sends in a form Patchbay cannot read is left out with the reason, and the rest of the tree shows", async ({ page }) => {
  await fetch(control("settings"), { method: "POST", body: JSON.stringify({ unreadableBlock: "10.0.4.0/22" }) });
  await openIpam(page);
  await expect(page.getByTestId("unreadable-notice")).toContainText("1 block Patchbay could not read is not shown.");
  await expect(page.getByTestId("unreadable-notice")).toContainText("mask — not a number: /22");
  await page.getByRole("button", { name: "Expand 10.0.0.0/16" }).click();
  await expect(row(page, "10.0.1.0/24")).toContainText("Globex NYC POP");
  await expect(page.getByRole("button", { name: "Details of 10.0.4.0/22" })).toHaveCount(0);
});

test("a wrong secret on the connection shows that ProVision rejected the signature", async ({ page }) => {
  await signIn(page, admin);
  const connection = await addConnection(page, "ProVision wrong secret", "0".repeat(32));
  await page.goto(`/ipam?connection=${connection.id}`);
  await expect(page.getByRole("alert").filter({ hasText: "ProVision rejected the signature" })).toContainText(`ProVision rejected the signature of connection "${connection.name}"`);
  await expect(page.getByRole("heading", { name: "6connect ProVision — IPAM" })).toBeVisible();
});

test("a viewer sees the tree and a block's details but no action buttons", async ({ page }) => {
  await signIn(page, admin);
  const connection = await addConnection(page, "ProVision e2e");
  const viewer = { email: `ipam-viewer-${Date.now()}@patchbay.test`, password: "viewer-password-123" };
  const created = await page.request.post("/api/users", { headers: { origin: new URL(page.url()).origin }, data: { ...viewer, role: "viewer" } });
  expect(created.status()).toBe(201);
  await signOut(page);

  await signIn(page, viewer);
  await page.goto(`/ipam?connection=${connection.id}`);
  await page.getByRole("button", { name: "Expand all" }).click();
  await expect(row(page, "10.0.0.0/24")).toContainText("Acme Corp");
  await page.getByRole("button", { name: "Details of 10.0.0.0/24" }).click();
  await expect(page.getByRole("complementary", { name: /10\.0\.0\.0\/24/ })).toContainText("Acme Corp (#42)");
  await expect(page.getByRole("button", { name: /^(Smart Assign|Add aggregate|Unassign|Edit|Delete|Assign)/ })).toHaveCount(0);
  const refused = await page.request.post(`/api/v/provision/${connection.id}/smart-assign`, {
    headers: { origin: new URL(page.url()).origin },
    data: { type: "IPv4", mask: 28, rir: "ARIN", resourceId: 42 },
  });
  expect(refused.status()).toBe(403);
  await signOut(page);
  await signIn(page, admin); // the admin removes the connection after the test
});
