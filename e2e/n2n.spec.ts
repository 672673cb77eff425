import fs from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { N2N_CREDENTIALS } from "../simulators/credentials";
import { DEVICES_ROUTE, addN2nConnection, competeForQuota, isEnrolledAtN2n, n2nStats, queueN2nFault, resetN2n, setKeyTps, simDevice, simDevices, simUplinks, type TSimFlatUplink, type TSimIngestedMessage } from "./n2n-simulator";
import { admin, signIn, removeAddedConnections } from "./support";

const TPS = 2;
const range = (page: Page) => page.getByTestId("page-range");
const deviceEuis = (page: Page) => page.getByTestId("device-eui").allTextContents();

test.beforeEach(async () => {
  await resetN2n();
});
test.afterEach(async ({ page }) => {
  await removeAddedConnections(page);
});

test("pages through the whole fleet ten at a time with Next: each device shows exactly once, one scan of N2N serves every page, and the first page fits the window", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, admin);
  const all = (await simDevices()).map((d) => d.deviceId);
  expect(all.length).toBeGreaterThan(400);
  const total = all.length.toLocaleString("en-US");
  await setKeyTps(TPS);
  const connection = await addN2nConnection(page, { apiKey: N2N_CREDENTIALS.apiKey, tps: String(TPS), tpd: String(N2N_CREDENTIALS.tpd) });
  const listReads = (await n2nStats()).byRoute[DEVICES_ROUTE] ?? 0;

  // No page size in the address bar: as many rows as the window holds, the last one in view.
  await page.setViewportSize({ width: 1440, height: 1200 });
  await page.goto(`/n2n?connection=${connection.id}`);
  await expect(range(page)).toHaveText(new RegExp(`^Devices 1–\\d+ of ${total} · page 1$`));
  // The table's rows come with its code, just after the pager's words.
  const rows = Number(/–(\d+) of/.exec((await range(page).textContent())!)![1]);
  expect(rows).toBeGreaterThan(12);
  await expect(page.getByTestId("device-eui")).toHaveCount(rows);
  const lastRow = await page.getByRole("row").last().boundingBox();
  expect(lastRow!.y + lastRow!.height).toBeLessThanOrEqual(1200);
  await expect(page.getByTestId("device-counts")).toContainText(`${total} devices`);

  await page.getByLabel("Page size").selectOption("10");
  await expect(range(page)).toHaveText(`Devices 1–10 of ${total} · page 1`);
  await expect(page).toHaveURL(/limit=10(&|$)/);

  const seen: string[] = [];
  for (let skip = 0; skip < all.length; skip += 10) {
    await expect(range(page)).toContainText(`Devices ${(skip + 1).toLocaleString("en-US")}–`);
    seen.push(...(await deviceEuis(page)));
    if (skip + 10 < all.length) await page.getByRole("button", { name: "Next" }).click();
  }
  await expect(page.getByRole("button", { name: "Next" })).toBeDisabled();

  expect(seen).toHaveLength(all.length);
  expect(new Set(seen).size).toBe(all.length);
  expect([...seen].sort()).toEqual([...all].sort());

  const stats = await n2nStats();
  expect(stats.throttled).toBe(0);
  // One scan of every page (1,000 devices a call) for all the pages shown.
  expect(stats.byRoute[DEVICES_ROUTE]! - listReads).toBe(Math.ceil(all.length / 1000));
  await expect(page.getByTestId("n2n-usage")).toContainText(`of ${N2N_CREDENTIALS.tpd.toLocaleString("en-US")} calls`);

  // Previous goes back one page; a reload keeps the page and its size from the address bar.
  const last = Math.ceil(all.length / 10);
  await page.getByRole("button", { name: "Previous" }).click();
  const previous = `Devices ${((last - 2) * 10 + 1).toLocaleString("en-US")}–${((last - 1) * 10).toLocaleString("en-US")} of ${total} · page ${last - 1}`;
  await expect(range(page)).toHaveText(previous);
  await page.reload();
  await expect(range(page)).toHaveText(previous);
});

test("searches, filters and sorts the whole fleet on the server: silent devices first, status and type filters with counts, RSSI and battery once read", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, admin);
  const devices = await simDevices();
  await setKeyTps(10);
  const connection = await addN2nConnection(page, { apiKey: N2N_CREDENTIALS.apiKey, tps: "10" });
  await page.goto(`/n2n?connection=${connection.id}&limit=50`);
  await expect(range(page)).toContainText("Devices 1–50 of");

  // Problems first: the silent devices head the list, each saying so.
  const statuses = page.getByRole("row").locator("td:nth-child(3)");
  await expect(statuses.first()).toHaveText("Silent");
  const status = page.getByLabel("Status");
  const silentOption = (await status.locator("option", { hasText: "Silent" }).textContent())!;
  const silent = Number(/\((\d+)\)/.exec(silentOption)![1]);
  expect(silent).toBeGreaterThan(0);
  await status.selectOption("silent");
  await expect(range(page)).toHaveText(new RegExp(`^Devices 1–${Math.min(silent, 50)} of ${silent} · page 1$`));
  await expect(page).toHaveURL(/status=silent/);
  expect(new Set(await statuses.allTextContents())).toEqual(new Set(["Silent"]));
  await status.selectOption("");

  // A search over all devices, not one page: every water meter of the fleet, wherever N2N lists it.
  const meters = devices.filter((d) => d.deviceType === "Dingtek DC500 pulse reader");
  await page.getByLabel("Type").selectOption("Dingtek DC500 pulse reader");
  await expect(page.getByTestId("fleet-matching")).toHaveText(`${meters.length} of ${devices.length} match`);
  await page.getByLabel("Type").selectOption("");
  const far = devices.at(-30)!;
  await page.getByLabel("Search all devices").fill(far.deviceId.slice(-8).toLowerCase());
  await expect(page.getByTestId("device-eui")).toHaveText([far.deviceId]);
  await page.getByLabel("Search all devices").fill("");
  await expect(range(page)).toContainText("Devices 1–50 of");

  // RSSI sorts the whole fleet, the devices whose newest uplink was read first (strongest first when descending).
  await page.getByRole("button", { name: "RSSI" }).click();
  await expect(page).toHaveURL(/sort=rssi&dir=desc/);
  await expect(page.getByRole("columnheader", { name: "RSSI" })).toHaveAttribute("aria-sort", "descending");
  const rssi = page.getByRole("row").locator("td:nth-child(5)");
  await expect(rssi.first()).toHaveText(/^-\d+ dBm$/, { timeout: 20_000 });
  await expect(page.getByRole("row").locator("td:nth-child(6)").first()).toHaveText(/^\d\.\d\d V$/);
  const values = (await rssi.allTextContents()).filter((text) => text.endsWith("dBm")).map((text) => Number.parseInt(text, 10));
  expect(values).toEqual([...values].sort((a, b) => b - a));
});

test("'← All devices' returns to the page and page size the device was opened from", async ({ page }) => {
  await signIn(page, admin);
  const connection = await addN2nConnection(page, { apiKey: N2N_CREDENTIALS.apiKey, tps: String(N2N_CREDENTIALS.tps), tpd: String(N2N_CREDENTIALS.tpd) });
  await page.goto(`/n2n?connection=${connection.id}&limit=20&skip=40`);
  await expect(range(page)).toHaveText(/^Devices 41–60 of /);
  await expect(page.getByTestId("device-eui")).toHaveCount(20);
  const eui = (await deviceEuis(page))[0]!;
  await page.getByRole("link", { name: eui, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/n2n/devices/${eui}\\?`));
  await page.getByRole("link", { name: /All devices of/ }).click();
  await expect(page).toHaveURL(/\/n2n\?connection=[^&]+&limit=20&skip=40/);
  await expect(range(page)).toHaveText(/^Devices 41–60/);
  await expect(page.getByTestId("device-eui")).toHaveCount(20);
  expect(await deviceEuis(page)).toContain(eui);
});

test("a device N2N does not know reads as one plain sentence: no HTTP status, no doubled period", async ({ page }) => {
  await signIn(page, admin);
  const connection = await addN2nConnection(page, { apiKey: N2N_CREDENTIALS.apiKey, tps: String(N2N_CREDENTIALS.tps), tpd: String(N2N_CREDENTIALS.tpd) });
  await page.goto(`/n2n/devices/0000000000000001?connection=${connection.id}`);
  const error = page.getByRole("alert").filter({ hasText: "has no such item" }).first();
  await expect(error).toContainText("N2N DL has no such item: Device '0000000000000001' not found.");
  await expect(error).not.toContainText(/\(HTTP \d+\)|\.\./);
});

test("refuses page sizes 9 and 1001 (N2N's) and 201 (the fleet's) before calling N2N", async ({ page }) => {
  await signIn(page, admin);
  const connection = await addN2nConnection(page, { apiKey: N2N_CREDENTIALS.apiKey, tps: String(TPS) });
  await setKeyTps(TPS);
  for (const limit of [9, 1001]) {
    const response = await page.request.get(`/api/v/n2n/${connection.id}/devices?limit=${limit}`);
    expect(response.status()).toBe(400);
    expect(((await response.json()) as { message: string }).message).toMatch(/^limit: /);
  }
  const fleet = await page.request.get(`/api/v/n2n/${connection.id}/fleet?limit=201`);
  expect(fleet.status()).toBe(400);
  expect(((await fleet.json()) as { message: string }).message).toBe("limit: limit is 10 to 200");
  expect((await n2nStats()).total).toBe(0);
  const ok = await page.request.get(`/api/v/n2n/${connection.id}/devices?limit=10`);
  expect(ok.status()).toBe(200);
  expect((await n2nStats()).byRoute[DEVICES_ROUTE]).toBe(1);
});

test("five tabs refreshing at once get their pages from one scan, without a single 429 at N2N", async ({ page, context }) => {
  test.setTimeout(120_000);
  await signIn(page, admin);
  const connection = await addN2nConnection(page, { apiKey: N2N_CREDENTIALS.apiKey, tps: "1" });
  await setKeyTps(1);
  const listReads = (await n2nStats()).byRoute[DEVICES_ROUTE] ?? 0;
  const tabs = [page, ...(await Promise.all(Array.from({ length: 4 }, () => context.newPage())))];
  // Each tab on its own page of ten devices: five different calls, more than N2N allows in one window (TPS 1 = 5 per 5 s) once reloaded.
  const urls = tabs.map((_, i) => `/n2n?connection=${connection.id}&limit=10&skip=${i * 10}`);
  await Promise.all(tabs.map((tab, i) => tab.goto(urls[i]!)));
  for (let round = 0; round < 3; round += 1) {
    await Promise.all(tabs.map((tab) => tab.reload()));
    await Promise.all(tabs.map((tab, i) => expect(range(tab)).toHaveText(new RegExp(`^Devices ${i * 10 + 1}–${i * 10 + 10} of [\\d,]+ · page ${i + 1}$`), { timeout: 30_000 })));
  }
  const stats = await n2nStats();
  expect(stats.byStatus["429"]).toBeUndefined();
  expect(stats.throttled).toBe(0);
  // One scan for the five tabs and their three reloads.
  expect(stats.byRoute[DEVICES_ROUTE]! - listReads).toBe(1);
  await Promise.all(tabs.slice(1).map((tab) => tab.close()));
});

test("when another program uses up the key, the page says throttled — retrying, backs off and then shows the devices", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, admin);
  const connection = await addN2nConnection(page, { apiKey: N2N_CREDENTIALS.apiKey, tps: "1" });
  await setKeyTps(1);
  const rival = competeForQuota(40_000);
  try {
    await page.goto(`/n2n?connection=${connection.id}&limit=10&skip=0`);
    await expect(page.getByRole("status").filter({ hasText: "Throttled — retrying" })).toBeVisible({ timeout: 40_000 });
  } finally {
    await rival.stop();
  }
  await expect(range(page)).toHaveText(/^Devices 1–10 of [\d,]+ · page 1$/, { timeout: 60_000 });
  await expect(page.getByText("Throttled — retrying")).toBeHidden();
});

test("a device's uplinks (N2N's published shape) show port, counter, signal and readings charts; the CSV exports give the readings shown and all of N2N's", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, admin);
  const device = (await simDevices()).find((d) => d.deviceType === "Elsys ERS CO2")!;
  const truth = await simUplinks(device.deviceId, 60);
  await setKeyTps(TPS);
  const connection = await addN2nConnection(page, { apiKey: N2N_CREDENTIALS.apiKey, tps: String(TPS) });

  await page.goto(`/n2n?connection=${connection.id}&limit=200&enterpriseId=${device.enterpriseId}`);
  await page.getByLabel("Search all devices").fill(device.deviceId.slice(-6));
  await expect(page.getByTestId("device-eui")).toHaveText([device.deviceId]);
  await page.getByRole("link", { name: device.deviceId }).click();
  // The link remembers the list it came from (page, search, filter), for "← All devices".
  await expect(page).toHaveURL(`/n2n/devices/${device.deviceId}?connection=${connection.id}&limit=200&q=${device.deviceId.slice(-6)}&enterpriseId=${device.enterpriseId}`);
  await expect(page.getByRole("heading", { level: 1, name: device.name })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: device.enterpriseId }).first()).toBeVisible();

  const table = page.getByRole("table", { name: "Latest uplink messages" });
  await expect(table.getByRole("row")).toHaveCount(1 + 50);
  const newest = truth[0]!;
  const firstRow = table.getByRole("row").nth(1);
  // Port and counter come from network.loraWan (loraPort, uplinkCnt): the published shape has no top-level port or fCnt.
  await expect(firstRow.getByRole("cell").nth(1)).toHaveText(String(newest.network.loraWan.loraPort));
  await expect(firstRow.getByRole("cell").nth(2)).toHaveText(String(newest.network.loraWan.uplinkCnt));
  await expect(firstRow).toContainText(`${newest.network.loraWan.rssi} dBm`);
  await expect(firstRow).toContainText(`${newest.network.loraWan.snr} dB`);
  await expect(firstRow).toContainText(newest.network.loraWan.lrrId);
  await expect(firstRow).toContainText(/Temperature \S+ °C/);

  // RSSI, SNR and one chart per numeric reading (temperature, humidity, CO2, light, battery), 50 values each:
  // each chart is an image named by its series, its count of values and its times.
  const charts = page.getByRole("region", { name: "Signal and readings over time" }).getByRole("img");
  await expect(charts).toHaveCount(2 + newest.readingList.length);
  for (const title of ["RSSI \\(dBm\\)", "SNR \\(dB\\)", "Temperature \\(°C\\)", "CO2 \\(ppm\\)"]) {
    await expect(page.getByRole("img", { name: new RegExp(`^${title}: 50 values from `) })).toBeVisible();
  }
  // uPlot draws on a canvas, loaded with the first chart.
  await expect(charts.first().locator("canvas")).toBeVisible();
  await expect(page.getByTestId("uplink-count")).toHaveText(`50 uplinks · ${50 * newest.readingList.length} readings`);
  // A chart's values as a table, for a screen reader or the keyboard.
  await page.locator("summary", { hasText: "Show values of RSSI" }).click();
  await expect(page.getByRole("region", { name: "RSSI values" }).getByRole("row")).toHaveCount(1 + 50);

  // The range filters the charts' uplinks and stays in the address bar across a reload: 50 uplinks at
  // most an hour apart, from a device silent for at most 3 days, all fall in the last 7 days.
  await expect(page.getByTestId("uplinks-in-range")).toHaveText("50 of 50 uplinks in range");
  await page.getByLabel("Range", { exact: true }).selectOption("7d");
  await expect(page).toHaveURL(/[?&]range=7d(&|$)/);
  // 7 days reach past the 50 loaded, so the page says how to see further back.
  await expect(page.getByTestId("uplinks-in-range")).toHaveText("50 of 50 uplinks in range; show more uplinks to reach further back");
  await expect(charts).toHaveCount(2 + newest.readingList.length);
  await page.reload();
  await expect(page.getByLabel("Range", { exact: true })).toHaveValue("7d");
  await expect(page.getByRole("img", { name: /^RSSI \(dBm\): 50 values from / })).toBeVisible();

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export shown readings (CSV)" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(new RegExp(`^${device.deviceId}-readings-\\d{8}T\\d{4}Z\\.csv$`));
  const lines = (await fs.readFile(await file.path(), "utf8")).trimEnd().split("\r\n");
  expect(lines[0]).toBe("time,ts,deviceId,port,fCnt,channelId,type,label,value,unit");
  expect(lines).toHaveLength(1 + 50 * newest.readingList.length);

  // Every line is a reading N2N sent for one of the 50 uplinks the table shows.
  const byTs = new Map(truth.map((u) => [u.ts, u]));
  const shownTimes = await table.locator("time").evaluateAll((times) => times.map((t) => Date.parse(t.getAttribute("datetime")!)));
  const csvTimes = new Set<number>();
  for (const line of lines.slice(1)) {
    const [, ts, deviceId, port, fCnt, , type, , value, unit] = line.split(",");
    const uplink = byTs.get(Number(ts))!;
    expect(uplink, `uplink at ${ts}`).toBeDefined();
    expect([deviceId, Number(port), Number(fCnt)]).toEqual([device.deviceId, uplink.network.loraWan.loraPort, uplink.network.loraWan.uplinkCnt]);
    const reading = uplink.readingList.find((r) => r.type === type)!;
    expect([Number(value), unit]).toEqual([reading.value, reading.unit ?? ""]);
    csvTimes.add(Number(ts));
  }
  expect([...csvTimes].sort()).toEqual([...shownTimes].sort());

  // N2N's own export of every reading it keeps, through the console: the vendor's CSV, more than the rows shown.
  const all = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export all readings (CSV)" }).click();
  const allFile = await all;
  expect(allFile.suggestedFilename()).toBe(`${device.deviceId}-all-readings.csv`);
  const allLines = (await fs.readFile(await allFile.path(), "utf8")).trimEnd().split("\n");
  expect(allLines[0]).toBe("ts,isoTime,deviceId,channelId,type,label,value,unit");
  expect(allLines.length).toBeGreaterThan(lines.length);
  expect(allLines.slice(1).every((line) => line.split(",")[2] === device.deviceId)).toBe(true);
});

test("a device that still sends the flat shape shows its port and counter too", async ({ page }) => {
  await signIn(page, admin);
  const meter = (await simDevices()).find((d) => d.deviceType === "Dingtek DC500 pulse reader")!;
  const [newest] = await simUplinks<TSimFlatUplink>(meter.deviceId, 10);
  expect(newest).toMatchObject({ type: "uplink" });
  await setKeyTps(10);
  const connection = await addN2nConnection(page, { apiKey: N2N_CREDENTIALS.apiKey, tps: "10" });
  await page.goto(`/n2n/devices/${meter.deviceId}?connection=${connection.id}`);
  const firstRow = page.getByRole("table", { name: "Latest uplink messages" }).getByRole("row").nth(1);
  await expect(firstRow.getByRole("cell").nth(1)).toHaveText(String(newest!.port));
  await expect(firstRow.getByRole("cell").nth(2)).toHaveText(String(newest!.fCnt));
});

test("an ingested (non-LoRaWAN) device opens its page from the list: readings, no radio", async ({ page }) => {
  await signIn(page, admin);
  const station = (await simDevices()).find((d) => /^[0-9a-f]{5}-ws\d+$/.test(d.deviceId))!;
  const [newest] = await simUplinks<TSimIngestedMessage>(station.deviceId, 10);
  await setKeyTps(10);
  const connection = await addN2nConnection(page, { apiKey: N2N_CREDENTIALS.apiKey, tps: "10" });

  await page.goto(`/n2n?connection=${connection.id}&limit=200&enterpriseId=${station.enterpriseId}`);
  await page.getByLabel("Search all devices").fill(station.deviceId);
  await expect(page.getByTestId("device-eui")).toHaveText([station.deviceId]);
  await expect(page.getByRole("row").filter({ hasText: station.deviceId })).toContainText("Ingested");
  await page.getByRole("link", { name: station.deviceId }).click();
  await expect(page).toHaveURL(`/n2n/devices/${station.deviceId}?connection=${connection.id}&limit=200&q=${station.deviceId}&enterpriseId=${station.enterpriseId}`);
  await expect(page.getByRole("heading", { level: 1, name: station.name })).toBeVisible();
  await expect(page.getByText("Ingestion API (not LoRaWAN)")).toBeVisible();
  const firstRow = page.getByRole("table", { name: "Latest uplink messages" }).getByRole("row").nth(1);
  await expect(firstRow.getByRole("cell").nth(1)).toHaveText("—");
  await expect(firstRow.getByRole("cell").nth(3)).toHaveText("—");
  await expect(firstRow).toContainText(`Air temperature ${newest!.readingList[0]!.value} °C`);
  await expect(page.getByRole("img", { name: /^Wind \(m\/s\): \d+ values? / })).toBeVisible();
  await expect(page.getByRole("img", { name: /^RSSI/ })).toHaveCount(0);

  // The id as typed in the address bar, in any case, opens the same device; what is no device id is no page.
  await page.goto(`/n2n/devices/${station.deviceId.toUpperCase()}?connection=${connection.id}`);
  await expect(page.getByRole("heading", { level: 1, name: station.name })).toBeVisible();
  await page.goto(`/n2n/devices/not-a-device?connection=${connection.id}`);
  await expect(page.getByRole("heading", { name: "There is no such page" })).toBeVisible();
});

test("an operator unenrols a device after confirming it: gone at N2N and from the list, audited", async ({ page }) => {
  await signIn(page, admin);
  const device = (await simDevices()).find((d) => d.deviceType === "Milesight EM500-UDL level")!;
  await setKeyTps(10);
  const connection = await addN2nConnection(page, { apiKey: N2N_CREDENTIALS.apiKey, tps: "10" });
  await page.goto(`/n2n/devices/${device.deviceId}?connection=${connection.id}`);
  await expect(page.getByRole("heading", { level: 1, name: device.name })).toBeVisible();

  await page.getByRole("button", { name: "Unenrol device" }).click();
  const confirm = page.getByRole("dialog", { name: `Unenrol device ${device.deviceId}?` });
  await expect(confirm).toContainText(device.name);
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(confirm).toBeHidden();
  expect((await n2nStats()).byRoute["DELETE /devices/:id"]).toBeUndefined();

  await page.getByRole("button", { name: "Unenrol device" }).click();
  await confirm.getByRole("button", { name: "Unenrol" }).click();
  await expect(page).toHaveURL(`/n2n?connection=${connection.id}`);
  await expect(page.getByText(`Unenrolled ${device.deviceId}`)).toBeVisible();
  expect((await n2nStats()).byRoute["DELETE /devices/:id"]).toBe(1);
  expect(await isEnrolledAtN2n(device.deviceId)).toBe(false);

  await page.goto(`/n2n?connection=${connection.id}&limit=200&enterpriseId=${device.enterpriseId}`);
  await expect(range(page)).toContainText("Devices 1–");
  await page.getByLabel("Search all devices").fill(device.deviceId);
  await expect(page.getByText("No device matches.")).toBeVisible();

  const audit = await page.request.get(`/api/audit?q=${encodeURIComponent(device.deviceId)}`);
  const { events } = (await audit.json()) as { events: { action: string; outcome: string }[] };
  expect(events.map((e) => [e.action, e.outcome])).toEqual([["n2n.unenrolDevice", "ok"]]);
});

test("an unenrolment whose connection drops before N2N acts reads the device back as still enrolled, and is sent again only when the operator says so", async ({ page }) => {
  await signIn(page, admin);
  const device = (await simDevices()).find((d) => d.deviceType === "Milesight EM500-UDL level")!;
  await setKeyTps(10);
  const connection = await addN2nConnection(page, { apiKey: N2N_CREDENTIALS.apiKey, tps: "10" });
  await page.goto(`/n2n/devices/${device.deviceId}?connection=${connection.id}`);
  await expect(page.getByRole("heading", { level: 1, name: device.name })).toBeVisible();
  expect((await queueN2nFault({ kind: "drop", method: "DELETE" })).ok).toBe(true);

  await page.getByRole("button", { name: "Unenrol device" }).click();
  await page.getByRole("dialog", { name: `Unenrol device ${device.deviceId}?` }).getByRole("button", { name: "Unenrol" }).click();
  const outcome = page.getByRole("dialog", { name: "Not done: the answer was lost" });
  await expect(outcome.getByTestId("change-outcome")).toContainText(`The vendor shows: ${device.deviceId} still enrolled`);
  await expect(outcome).toContainText("the change was not made.");
  expect(await isEnrolledAtN2n(device.deviceId)).toBe(true);
  await outcome.getByRole("button", { name: "Send again" }).click();
  await expect(page).toHaveURL(`/n2n?connection=${connection.id}`);
  await expect(page.getByText(`Unenrolled ${device.deviceId}`)).toBeVisible();
  expect(await isEnrolledAtN2n(device.deviceId)).toBe(false);
  // The dropped DELETE never reached N2N's handler; the confirmed one did.
  expect((await n2nStats()).byRoute["DELETE /devices/:id"]).toBe(2);
});

test("an operator enrols OTAA and ABP devices under N2N's field names, class A or C only; the form catches a short key, and N2N's refusal of a duplicate is shown", async ({ page }) => {
  await signIn(page, admin);
  await setKeyTps(10);
  const connection = await addN2nConnection(page, { apiKey: N2N_CREDENTIALS.apiKey, tps: "10" });
  await page.goto(`/n2n?connection=${connection.id}&limit=10`);
  await expect(range(page)).toContainText("Devices 1–10");

  await page.getByRole("button", { name: "Enrol device" }).click();
  const dialog = page.getByRole("dialog", { name: "Enrol a device" });
  // Class B runs on N2N's network but cannot be enrolled through its API: not offered.
  await expect(dialog.getByLabel("Class").locator("option")).toHaveText(["Class A", "Class C"]);
  await dialog.getByLabel("DevEUI").fill("70B3D57ED00E2E01");
  await dialog.getByLabel("Name").fill("E2E pallet tracker");
  await dialog.getByLabel("Enterprise").fill("nnn.logistics");
  await dialog.getByLabel("AppEUI (JoinEUI)").fill("70B3D57ED0000000");
  await dialog.getByLabel("AppKey").fill("0011223344556677");
  await dialog.getByRole("button", { name: "Enrol device" }).click();
  await expect(dialog.getByText("AppKey is 32 hex characters (16 bytes)")).toBeVisible();
  expect((await n2nStats()).byRoute["POST /devices"]).toBeUndefined();

  // ABP asks for its own keys; back to OTAA with the whole key.
  await dialog.getByLabel("ABP (personalised)").check();
  await expect(dialog.getByLabel("Network key (NwkSKey)")).toBeVisible();
  await dialog.getByLabel("OTAA (join)").check();
  await dialog.getByLabel("AppKey").fill("00112233445566778899AABBCCDDEEFF");
  await dialog.getByRole("button", { name: "Enrol device" }).click();
  await expect(page).toHaveURL(`/n2n/devices/70B3D57ED00E2E01?connection=${connection.id}`);
  await expect(page.getByRole("heading", { level: 1, name: "E2E pallet tracker" })).toBeVisible();
  await expect(page.getByText("OTAA, class A")).toBeVisible();

  // ABP, class C: the simulator refuses devAddr/nwkSKey as N2N does, so its acceptance proves nwAddress/nwKey went up.
  await page.goto(`/n2n?connection=${connection.id}&limit=10`);
  await page.getByRole("button", { name: "Enrol device" }).click();
  await dialog.getByLabel("ABP (personalised)").check();
  await dialog.getByLabel("DevEUI").fill("70B3D57ED00E2E03");
  await dialog.getByLabel("Class").selectOption("C");
  await dialog.getByLabel("Name").fill("E2E ABP gate");
  await dialog.getByLabel("Enterprise").fill("nnn.logistics");
  await dialog.getByLabel("Network address (DevAddr)").fill("26 01 1B DA");
  await dialog.getByLabel("Network key (NwkSKey)").fill("2B7E151628AED2A6ABF7158809CF4F3C");
  await dialog.getByRole("button", { name: "Enrol device" }).click();
  await expect(page).toHaveURL(`/n2n/devices/70B3D57ED00E2E03?connection=${connection.id}`);
  await expect(page.getByText("ABP, class C")).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: "26011BDA" })).toBeVisible();
  expect((await simDevice("70B3D57ED00E2E03")).enrolment).toEqual({ class: "C", mode: "abp", abp: { nwAddress: "26011BDA" } });

  // Both show up in the list.
  await page.goto(`/n2n?connection=${connection.id}&limit=200&enterpriseId=nnn.logistics`);
  await page.getByLabel("Search all devices").fill("E2E");
  await expect(page.getByTestId("device-eui")).toHaveText(["70B3D57ED00E2E01", "70B3D57ED00E2E03"]);

  await page.goto(`/n2n?connection=${connection.id}&limit=10`);
  await page.getByRole("button", { name: "Enrol device" }).click();
  await dialog.getByLabel("DevEUI").fill("70b3d57ed00e2e01");
  await dialog.getByLabel("Name").fill("Duplicate");
  await dialog.getByLabel("Enterprise").fill("nnn.logistics");
  await dialog.getByLabel("AppEUI (JoinEUI)").fill("70B3D57ED0000000");
  await dialog.getByLabel("AppKey").fill("00112233445566778899AABBCCDDEEFF");
  await dialog.getByRole("button", { name: "Enrol device" }).click();
  await expect(dialog.getByRole("alert")).toContainText("device '70B3D57ED00E2E01' is already enrolled");
  expect((await n2nStats()).byRoute["POST /devices"]).toBe(3);

  const audit = await page.request.get(`/api/audit?q=${encodeURIComponent("70B3D57ED00E2E01")}`);
  const { events } = (await audit.json()) as { events: { action: string; outcome: string; details?: unknown }[] };
  expect(events.map((e) => [e.action, e.outcome]).sort()).toEqual([["n2n.enrolDevice", "failed"], ["n2n.enrolDevice", "ok"]]);
  expect(JSON.stringify(events)).not.toContain("00112233445566778899AABBCCDDEEFF");
});

test("a viewer sees the devices but cannot enrol or unenrol one", async ({ page, browser }) => {
  await signIn(page, admin);
  await setKeyTps(10);
  const connection = await addN2nConnection(page, { apiKey: N2N_CREDENTIALS.apiKey, tps: "10" });
  const viewer = { email: `n2n-viewer-${Date.now()}@patchbay.test`, password: "viewer-password-123" };
  const created = await page.request.post("/api/users", { headers: { origin: new URL(page.url()).origin }, data: { ...viewer, role: "viewer" } });
  expect(created.status()).toBe(201);
  const viewerContext = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const viewerPage = await viewerContext.newPage();
  await signIn(viewerPage, viewer);
  await viewerPage.goto(`/n2n?connection=${connection.id}&limit=10`);
  await expect(range(viewerPage)).toContainText("Devices 1–10");
  await expect(viewerPage.getByRole("button", { name: "Enrol device" })).toHaveCount(0);
  const refused = await viewerPage.request.post(`/api/v/n2n/${connection.id}/devices`, {
    headers: { origin: new URL(viewerPage.url()).origin },
    data: { deviceId: "70B3D57ED00E2E02", enterpriseId: "nnn.logistics", name: "x", enrolment: { mode: "otaa", otaa: { appEui: "70B3D57ED0000000", appKey: "00112233445566778899AABBCCDDEEFF" } } },
  });
  expect(refused.status()).toBe(403);
  const eui = (await viewerPage.getByTestId("device-eui").first().textContent())!;
  await viewerPage.getByRole("link", { name: eui }).click();
  await expect(viewerPage.getByRole("button", { name: "Export all readings (CSV)" })).toBeVisible();
  await expect(viewerPage.getByRole("button", { name: "Unenrol device" })).toHaveCount(0);
  const unenrol = await viewerPage.request.delete(`/api/v/n2n/${connection.id}/devices/${eui}`, { headers: { origin: new URL(viewerPage.url()).origin } });
  expect(unenrol.status()).toBe(403);
  expect((await n2nStats()).byRoute["DELETE /devices/:id"]).toBeUndefined();
  await viewerContext.close();
});
