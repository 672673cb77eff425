import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { acretoEcosystemHref, ipamBlockHref, megaportServiceHref, n2nDeviceHref, netticaDeviceHref } from "@/lib/attention/item-hrefs";
import { ATTENTION_REFRESH_MS } from "@/lib/attention/refresh-interval";
import { blockContains } from "@/lib/ipam/cidr";
import { indexBlocks, summaryIn } from "@/lib/ipam/block-tree";
import type { TRole } from "@/lib/role-names";
import type { TSearchAnswer } from "@/lib/search/search-types";
import type { TVendor } from "@/lib/vendors/vendor-names";
import { acretoCustomers } from "@/lib/vendors/acreto/auth";
import { listEcosystems, listThings } from "@/lib/vendors/acreto/client";
import { listProducts } from "@/lib/vendors/megaport/client";
import { listDevices as listN2nDevices } from "@/lib/vendors/n2n/client";
import { listDevices } from "@/lib/vendors/nettica/client";
import { listBlocks } from "@/lib/vendors/provision/client";
import { startSimulators, type TRunningSimulators } from "@/simulators";
import { createConnection, deleteConnection, updateConnection, upstreamConnections } from "../connections";
import { searchEntries, searchIndexState } from "../db/schema";
import { suiteDatabase, testDatabases } from "../db/test-databases";
import type { TUpstreamConnection } from "../upstream";
import { forgetSharedReads } from "../upstream/shared-reads";
import { refreshSearchIndex, searchIndexKey } from "./refresh-search-index";
import { searchConnections, searchEverything } from "./search-everything";

// The one search end to end: the five simulators read into the index of each database, and what an
// admin types answered as the palette shows it. Only Date is faked (before any module loads, so the
// upstream core's short read cache moves with it); sockets keep working.
vi.hoisted(() => vi.useFakeTimers({ toFake: ["Date"], now: Date.now() }));
// No N2N signal reads after a scan: on this stopped clock the quota's next window never comes, and they are the fleet index's own test.
vi.hoisted(() => (process.env.N2N_SIGNAL_READS_PER_SCAN = "0"));

const later = (ms: number) => vi.setSystemTime(Date.now() + ms);
const hitsOf = (answer: TSearchAnswer, vendor: TVendor) => answer.groups.find((group) => group.vendor === vendor)?.hits ?? [];

describe.each(testDatabases())("the one search across the five vendors, on $name", ({ open }) => {
  const database = suiteDatabase(open);
  let sims: TRunningSimulators;
  const ids: Record<TVendor, string> = { nettica: "", acreto: "", provision: "", n2n: "", megaport: "" };
  const secrets: string[] = [];
  const connectionOf = async (vendor: TVendor) => (await upstreamConnections()).find((connection) => connection.id === ids[vendor])!;
  const search = async (q: string, role: TRole = "viewer") => (await searchEverything(q, role)).answer;

  beforeAll(async () => {
    process.env.ENCRYPTION_KEY = Buffer.alloc(32, 5).toString("base64");
    sims = await startSimulators({ port: 0, seed: 29 });
    const { nettica, acreto, provision, n2n, megaport } = sims.credentials;
    const add = async (vendor: TVendor, name: string, baseUrl: string, values: Record<string, string>) => {
      ids[vendor] = (await createConnection({ vendor, name, baseUrl, values, clearSecrets: [] })).id;
    };
    await add("nettica", "Nettica lab", sims.urls.nettica, { apiKey: nettica.apiKey });
    await add("acreto", "Acreto plants", sims.urls.acreto, { ...acreto.admin });
    await add("provision", "IPAM", sims.urls.provision, { ...provision });
    await add("n2n", "N2N sensors", sims.urls.n2n, { apiKey: n2n.apiKey, tps: String(n2n.tps), tpd: String(n2n.tpd) });
    await add("megaport", "Megaport", sims.urls.megaport, { accessKey: megaport.accessKey, secretKey: megaport.secretKey, authUrl: sims.urls.megaportAuth });
    secrets.push(nettica.apiKey, acreto.admin.password, provision.secretKey, provision.apiKey, n2n.apiKey, n2n.readOnlyApiKey, megaport.secretKey, megaport.accessKey);
    secrets.push(...sims.simulators.nettica.control.deviceSecrets());
    for (const vpn of sims.simulators.nettica.state.vpns.values()) secrets.push(...[vpn.current.privateKey, vpn.current.presharedKey].filter((key) => key !== ""));
    for (const device of sims.simulators.n2n.state.devices) secrets.push(...[device.enrolment?.otaa?.appKey, device.enrolment?.abp?.nwKey, device.enrolment?.abp?.appSKey].filter((key): key is string => !!key));
  });
  afterAll(async () => {
    await sims?.close();
  });

  it("reads every connection's lists on the first search, and finds a Nettica device by its name, a VPN's name, endpoint and address", async () => {
    const devices = await listDevices(await connectionOf("nettica"));
    const gateway = devices.find((device) => device.name === "nyc-gw-01")!;
    const vpn = gateway.vpns.find((each) => each.current?.endpoint)!;
    const endpoint = vpn.current!.endpoint;
    const address = vpn.current!.address[0]!;

    const byEndpoint = await search(endpoint);
    expect(byEndpoint.indexing).toEqual([]);
    expect(byEndpoint.failing).toEqual([]);
    expect(hitsOf(byEndpoint, "nettica")[0]).toMatchObject({
      kind: "nettica.device",
      title: "nyc-gw-01",
      match: `endpoint ${endpoint}`,
      href: netticaDeviceHref(ids.nettica, gateway.id),
      connectionId: ids.nettica,
      connectionName: "Nettica lab",
    });
    for (const typed of [endpoint.split(":")[0]!, address, address.split("/")[0]!, vpn.name, "NYC-GW-01"]) {
      expect(hitsOf(await search(typed), "nettica")[0]?.title, typed).toBe("nyc-gw-01");
    }
    // Every vendor's lists were read on that first search.
    const states = await database().db.select().from(searchIndexState);
    expect(states.map((state) => [state.connectionId, state.refreshedAt !== null, state.error])).toEqual(expect.arrayContaining(Object.values(ids).map((id) => [id, true, null])));
  });

  it("finds the ProVision block that holds a typed IPv4 or IPv6 address, the most specific first; a block by its CIDR; blocks by resource", async () => {
    const blocks = await listBlocks(await connectionOf("provision"));
    const index = indexBlocks(blocks);
    const listed = blocks.map((block) => summaryIn(index, block)).filter((summary) => summary.status !== "split");
    const innermost = (address: string) => listed.filter((summary) => blockContains(summary.cidr, address)).sort((a, b) => b.mask - a.mask)[0]!;
    const v4 = listed.find((summary) => summary.family === "ipv4" && summary.status === "assigned" && summary.mask <= 30 && summary.resourceName)!;
    const v6 = listed.find((summary) => summary.family === "ipv6" && summary.mask <= 64 && summary.cidr.endsWith("::/" + summary.mask))!;
    const insideV4 = v4.cidr.replace(/\.(\d+)\/\d+$/, (_, last: string) => `.${Number(last) + 1}`);
    const insideV6 = v6.cidr.replace(/::\/\d+$/, "::1");

    for (const address of [insideV4, insideV6]) {
      const hits = hitsOf(await search(address), "provision");
      const expected = innermost(address);
      expect(hits[0], address).toMatchObject({ kind: "provision.block", title: expected.cidr, match: `holds ${address}`, href: ipamBlockHref(ids.provision, expected.id) });
      // Its aggregate holds it too, after it.
      expect(hits.length).toBeGreaterThan(1);
      expect(hits.every((hit) => blockContains(hit.title, address))).toBe(true);
    }
    expect(hitsOf(await search(v4.cidr), "provision")[0]?.title).toBe(v4.cidr);
    // Typed in another form: upper case, leading zeros.
    expect(hitsOf(await search(insideV6.toUpperCase()), "provision")[0]?.title).toBe(innermost(insideV6).cidr);
    const byResource = hitsOf(await search(v4.resourceName!), "provision");
    expect(byResource.map((hit) => hit.title)).toContain(v4.cidr);
    expect(byResource[0]?.detail).toContain(`assigned to ${v4.resourceName}`);
  });

  it("finds an N2N device by its DevEUI however it is written, and by its name", async () => {
    const { devices } = await listN2nDevices(await connectionOf("n2n"), { limit: 50, skip: 0 });
    const device = devices.find((each) => /^[0-9A-F]{16}$/.test(each.deviceId) && each.name)!;
    const eui = device.deviceId;
    const separated = eui.match(/../g)!.join("-");
    for (const typed of [eui, eui.toLowerCase(), separated, device.name]) {
      const hit = hitsOf(await search(typed), "n2n").find((each) => each.href === n2nDeviceHref(ids.n2n, eui));
      expect(hit, typed).toMatchObject({ kind: "n2n.device", title: device.name, detail: expect.stringContaining(`DevEUI ${eui}`) });
    }
    expect(hitsOf(await search(eui), "n2n")[0]?.href).toBe(n2nDeviceHref(ids.n2n, eui));
  });

  it("finds a Megaport service by its UID or name, VXCs included, each opening its service page", async () => {
    const products = (await listProducts(await connectionOf("megaport"))).data;
    const port = products.find((product) => product.associatedVxcs.length > 0)!;
    const vxc = port.associatedVxcs[0]!;
    for (const service of [port, vxc]) {
      const hits = hitsOf(await search(service.productUid), "megaport");
      expect(hits[0]).toMatchObject({ kind: "megaport.service", title: service.productName, href: megaportServiceHref(ids.megaport, service.productUid), match: `UID ${service.productUid}` });
      expect(hitsOf(await search(service.productName), "megaport").map((hit) => hit.href)).toContain(megaportServiceHref(ids.megaport, service.productUid));
    }
  });

  it("finds Acreto ecosystems and Things by name, each opening its ecosystem", async () => {
    const connection = await connectionOf("acreto");
    const [customer] = await acretoCustomers(connection);
    const [ecosystem] = await listEcosystems(connection, customer!.uuid);
    const [thing] = await listThings(connection, { customer: customer!.uuid, ecosystem: ecosystem!.uuid });
    const href = acretoEcosystemHref(ids.acreto, customer!.uuid, ecosystem!.uuid);
    expect(hitsOf(await search(ecosystem!.name), "acreto")).toContainEqual(expect.objectContaining({ kind: "acreto.ecosystem", title: ecosystem!.name, href }));
    expect(hitsOf(await search(thing!.name), "acreto")).toContainEqual(expect.objectContaining({ kind: "acreto.thing", title: thing!.name, href, detail: expect.stringContaining(`Thing in ${ecosystem!.name}`) }));
  });

  it("keeps every vendor secret out of the index and out of the answers", async () => {
    expect(secrets.length).toBeGreaterThan(20);
    const stored = JSON.stringify(await database().db.select().from(searchEntries));
    expect(stored.length).toBeGreaterThan(10_000);
    const answers = JSON.stringify(await Promise.all(["a", "e", "1", "gw", "sensor", "10.", "::"].map((q) => search(q, "admin"))));
    for (const secret of secrets) {
      expect(stored.includes(secret), "a secret in search_entries").toBe(false);
      expect(answers.includes(secret), "a secret in an answer").toBe(false);
    }
  });

  it("offers each role only the pages and actions it may use, and never an item it may not open", async () => {
    const titles = async (role: TRole, q: string) => (await search(q, role)).pages.map((page) => page.title);
    expect(await titles("viewer", "settings")).toEqual(["Settings → Security"]);
    expect(await titles("admin", "settings")).toEqual(["Settings → Connections", "Settings → Users", "Settings → Security", "Add a connection", "Add a user"]);
    expect(await titles("viewer", "assign")).toEqual([]);
    expect(await titles("operator", "assign")).toEqual(["Smart Assign a block"]);
    expect(await titles("operator", "add a user")).toEqual([]);
    expect(await titles("admin", "add a user")).toEqual(["Add a user"]);
    expect(await titles("viewer", "audit")).toEqual([]);
    expect(await titles("admin", "audit")).toEqual(["Audit"]);

    // An item only operators may open (none is today: every vendor page is for viewers) is never answered to a viewer.
    const held: TUpstreamConnection = { id: "role-test", version: 1, vendor: "nettica", name: "Role test", baseUrl: "http://role.invalid", values: {} };
    const entry = (title: string, role?: TRole) => ({ kind: "nettica.device" as const, title, detail: "", href: `/nettica/devices/${title}`, fields: [["device", title] as [string, string]], role });
    await refreshSearchIndex(held, { force: true, read: async () => [entry("held-for-operators", "operator"), entry("held-for-all")] });
    const titlesFor = async (role: TRole) => hitsOf((await searchConnections([held], "held-for", role)).answer, "nettica").map((hit) => hit.title);
    expect(await titlesFor("viewer")).toEqual(["held-for-all"]);
    expect((await titlesFor("operator")).sort()).toEqual(["held-for-all", "held-for-operators"]);
    expect((await titlesFor("admin")).sort()).toEqual(["held-for-all", "held-for-operators"]);
  });

  it("replaces one connection's entries together, leaves the others' alone, and rewrites nothing when its lists did not change", async () => {
    const db = database().db;
    const one: TUpstreamConnection = { id: "replace-one", version: 1, vendor: "megaport", name: "One", baseUrl: "http://one.invalid", values: {} };
    const two: TUpstreamConnection = { ...one, id: "replace-two", name: "Two" };
    const entries = (...titles: string[]) => async () => titles.map((title) => ({ kind: "megaport.service" as const, title, detail: "", href: `/megaport/services/${title}`, fields: [["name", title] as [string, string]] }));
    const rowsOf = async (connection: TUpstreamConnection) =>
      (await db.select({ id: searchEntries.id, title: searchEntries.title, key: searchEntries.connectionKey }).from(searchEntries)).filter((row) => row.key === searchIndexKey(connection));
    expect(await refreshSearchIndex(one, { force: true, read: entries("alpha", "beta") })).toBe("replaced");
    expect(await refreshSearchIndex(two, { force: true, read: entries("gamma") })).toBe("replaced");
    const before = await rowsOf(one);
    expect(await refreshSearchIndex(one, { force: true, read: entries("alpha", "beta") })).toBe("unchanged");
    expect(await rowsOf(one)).toEqual(before);
    expect(await refreshSearchIndex(one, { force: true, read: entries("alpha", "delta") })).toBe("replaced");
    expect((await rowsOf(one)).map((row) => row.title).sort()).toEqual(["alpha", "delta"]);
    expect((await rowsOf(two)).map((row) => row.title)).toEqual(["gamma"]);
    // Not due within the vendor's interval; a read that fails keeps what was there.
    expect(await refreshSearchIndex(one, { read: entries("epsilon") })).toBe("not-due");
    expect(await refreshSearchIndex(one, { force: true, read: () => Promise.reject(new Error("vendor down")) })).toBe("failed");
    expect((await rowsOf(one)).map((row) => row.title).sort()).toEqual(["alpha", "delta"]);
    // Two refreshes at once (two instances): one reads, the other leaves it to the lease holder.
    const both = await Promise.all([refreshSearchIndex(two, { force: true, read: entries("zeta") }), refreshSearchIndex(two, { force: true, read: entries("zeta") })]);
    expect(both.sort()).toEqual(["not-due", "replaced"]);
  });

  it("answers from the index as it is, and refreshes it in the background once it is older than the vendor's interval", async () => {
    const nettica = sims.simulators.nettica;
    const gateway = [...nettica.state.devices.values()].find((device) => device.name === "lon-gw-01")!;
    later(ATTENTION_REFRESH_MS + 1_000);
    await searchEverything("warm", "viewer").then(({ refreshing }) => refreshing);
    gateway.name = "lon-gw-renamed";
    nettica.stats.reset();

    // Within the interval: no vendor call, the index as it was.
    expect(hitsOf(await search("lon-gw-renamed"), "nettica")).toEqual([]);
    expect(nettica.stats.count("GET /device")).toBe(0);

    later(ATTENTION_REFRESH_MS + 1_000);
    const stale = await searchEverything("lon-gw-renamed", "viewer");
    expect(hitsOf(stale.answer, "nettica")).toEqual([]);
    await stale.refreshing;
    expect(nettica.stats.count("GET /device")).toBe(1);
    expect(hitsOf(await search("lon-gw-renamed"), "nettica")[0]).toMatchObject({ title: "lon-gw-renamed", href: netticaDeviceHref(ids.nettica, gateway.id) });
    expect(nettica.stats.count("GET /device")).toBe(1);
  });

  it("reads a connection's lists again at the next search after a change through Patchbay, within the interval", async () => {
    const nettica = sims.simulators.nettica;
    const gateway = [...nettica.state.devices.values()].find((device) => device.name === "lon-gw-renamed")!;
    await searchEverything("warm", "viewer").then(({ refreshing }) => refreshing);
    gateway.name = "lon-gw-changed";
    nettica.stats.reset();
    // What the upstream core does after any change on the connection (a VPN enabled, a device removed).
    await forgetSharedReads(ids.nettica);
    const next = await searchEverything("lon-gw-changed", "viewer");
    expect(hitsOf(next.answer, "nettica")).toEqual([]);
    await next.refreshing;
    expect(nettica.stats.count("GET /device")).toBe(1);
    expect(hitsOf(await search("lon-gw-changed"), "nettica")[0]?.title).toBe("lon-gw-changed");
  });

  it("says which connection could not be read, without waiting for it again within its interval", async () => {
    const broken = await createConnection({ vendor: "nettica", name: "Nettica wrong key", baseUrl: sims.urls.nettica, values: { apiKey: "not-the-key-0000000000" }, clearSecrets: [] });
    try {
      const first = await search("nyc-gw-01");
      expect(first.failing).toEqual(["Nettica wrong key"]);
      expect(first.indexing).toEqual([]);
      expect(hitsOf(first, "nettica").map((hit) => hit.connectionName)).toEqual(["Nettica lab"]);
      const [state] = (await database().db.select().from(searchIndexState)).filter((row) => row.connectionId === broken.id);
      expect(state?.error).toBeTruthy();
      expect(state?.error).not.toContain("not-the-key");
      expect((await search("nyc-gw-01")).failing).toEqual(["Nettica wrong key"]);
    } finally {
      await deleteConnection(broken.id);
    }
  });

  it("never shows an edited connection's old entries, and forgets a deleted connection's", async () => {
    const db = database().db;
    const megaport = await connectionOf("megaport");
    const before = hitsOf(await search("megaport"), "megaport").length;
    await updateConnection(ids.megaport, { name: "Megaport renamed", values: { authUrl: sims.urls.megaportAuth }, clearSecrets: [] });
    const edited = await connectionOf("megaport");
    expect(edited.version).toBe(megaport.version + 1);
    // The new version is read on this search; the old version's rows are gone with it.
    const answer = await search("megaport");
    expect(hitsOf(answer, "megaport").length).toBe(before);
    expect(hitsOf(answer, "megaport").every((hit) => hit.connectionName === "Megaport renamed")).toBe(true);
    const keys = new Set((await db.select({ key: searchEntries.connectionKey, id: searchEntries.connectionId }).from(searchEntries)).filter((row) => row.id === ids.megaport).map((row) => row.key));
    expect([...keys]).toEqual([searchIndexKey(edited)]);

    await deleteConnection(ids.megaport);
    expect((await db.select().from(searchEntries)).filter((row) => row.connectionId === ids.megaport)).toEqual([]);
    expect((await db.select().from(searchIndexState)).filter((row) => row.connectionId === ids.megaport)).toEqual([]);
    expect(hitsOf(await search("megaport"), "megaport")).toEqual([]);
  });
});
