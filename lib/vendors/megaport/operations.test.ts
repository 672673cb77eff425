import { generateSync } from "otplib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callOperation, type TOperationCall } from "@/lib/server/operations/testing/call-operation";
import { testConnectionOf } from "@/lib/server/upstream/testing/test-server";
import type { TUpstreamConnection } from "@/lib/server/upstream/types";
import { withUnreadableScope } from "@/lib/server/upstream/unreadable-scope";
import { startSimulators, type TRunningSimulators } from "@/simulators";
import { megaportOperations } from "./operations";
import { ZMegaportIdentity, ZMegaportServiceDetail, ZMegaportServiceList, type TMegaportServiceRow } from "./views";

let sims: TRunningSimulators;
beforeAll(async () => {
  sims = await startSimulators({ port: 0, seed: 11 });
});
afterAll(() => sims.close());

const LOGIN = "POST /v2/login";
const sessionConn = (user: { username: string; password: string }) => testConnectionOf("megaport", sims.urls.megaport, { username: user.username, password: user.password });
const apiKeyConn = () =>
  testConnectionOf("megaport", sims.urls.megaport, { accessKey: sims.credentials.megaport.accessKey, secretKey: sims.credentials.megaport.secretKey, authUrl: sims.urls.megaportAuth });
const run = (conn: TUpstreamConnection, path: string, call?: TOperationCall) => callOperation(megaportOperations, conn, "GET", path, call);
const identity = async (conn: TUpstreamConnection, otp?: string) => ZMegaportIdentity.parse(await run(conn, "identity", { otp }));
const services = async (conn: TUpstreamConnection) => ZMegaportServiceList.parse(await run(conn, "services"));
const named = (rows: TMegaportServiceRow[], name: string) => rows.find((row) => row.name === name)!;
const control = (path: string, body: unknown) => fetch(`${sims.controlUrls.megaport}${path}`, { method: "POST", body: JSON.stringify(body) });

async function simCount(route: string): Promise<number> {
  const stats = (await (await fetch(`${sims.controlUrls.megaport}/stats`)).json()) as { byRoute: Record<string, number> };
  return stats.byRoute[route] ?? 0;
}

/** Every session and OAuth token the simulator has handed out so far. */
const issuedTokens = () => [...sims.simulators.megaport.state.sessions.keys()];

describe("Megaport operations against the simulator", () => {
  it("lists the services of an account whose only permission is company_admin, and reads its company card", async () => {
    const conn = sessionConn(sims.credentials.megaport);
    const view = await identity(conn);
    expect(view).toMatchObject({ auth: "session", person: { username: "netops@patchbay.example", name: "Nora Ops", companyId: 1187 } });
    expect(view.companies).toEqual([
      expect.objectContaining({ companyId: 1187, companyName: "Northwind Interconnect", legalName: "Northwind Interconnect Pty Ltd", permissions: ["company_admin"], home: true, problem: null }),
    ]);
    expect(view.companies[0]!.address).toContain("Sydney NSW 2000");
    const list = await services(conn);
    expect(list.services).toHaveLength(17);
    expect(list.services.every((s) => s.company.name === "Northwind Interconnect" && s.company.uid === view.companies[0]!.companyUid)).toBe(true);
    expect(list.usage).toMatchObject({ limit: 500, windowMs: 300_000, used: expect.any(Number) });
  });

  it("shows a service agent with both companies (permissions keyed by uid) read, and lists its own company's services", async () => {
    const conn = sessionConn(sims.credentials.megaport.serviceAgent);
    const view = await identity(conn);
    expect(view.person).toMatchObject({ username: "agent@partner.example", personId: 388, companyId: 2291, companyName: "Contoso Cloud Ops" });
    expect(view.companies.map((c) => [c.companyId, c.companyName, c.home, c.permissions, c.problem])).toEqual([
      [2291, "Contoso Cloud Ops", true, ["technical_admin", "approve_order"], null],
      [1187, "Northwind Interconnect", false, ["read_only"], null],
    ]);
    expect(view.companies[1]).toMatchObject({ legalName: "Northwind Interconnect Pty Ltd", country: "Australia" });
    // The login object carries the session token: the view must not.
    expect(issuedTokens().length).toBeGreaterThan(0);
    for (const token of issuedTokens()) expect(JSON.stringify(view)).not.toContain(token);
    const list = await services(conn);
    expect(list.services.map((s) => s.name).sort()).toEqual(["contoso-ash-1", "contoso-lab", "contoso-mcr-west", "contoso-sjc-1"]);
  });

  it("lists ports, MCRs and MVEs with their VXCs and IXs, whatever date format or type case Megaport sent", async () => {
    const { services: rows } = await services(sessionConn(sims.credentials.megaport));
    expect(rows.filter((s) => s.type === "MCR2" && s.status === "LIVE").map((s) => s.name).sort()).toEqual(["MCR-ASH-CLOUD", "MCR-SYD-CLOUD"]);
    expect(rows.filter((s) => s.type === "MVE").map((s) => [s.name, s.status])).toEqual(
      expect.arrayContaining([["MVE-SEA-SDWAN", "LIVE"], ["MVE-NYC-PA", "DEPLOYABLE"]]),
    );
    expect(rows.every((s) => typeof s.createDate === "number")).toBe(true);
    const core = named(rows, "SYD-CORE-01");
    expect(core).toMatchObject({ type: "MEGAPORT", status: "LIVE", up: true, speedMbps: 10_000, locked: true, contractTermMonths: 36, location: { name: "Equinix SY1", city: "Sydney", country: "Australia" } });
    expect(core.vxcs.map((v) => v.name)).toEqual(["SYD to AWS ap-southeast-2", "SYD to Azure ER primary", "SYD to BNE backhaul"]);
    expect(core.ixs).toMatchObject([{ kind: "IX", name: "IX-Sydney NorthwindIX", asn: 64_600 }]);
    expect(core.contractEndDate).toBeGreaterThan(core.contractStartDate!);
    const vxcs = rows.flatMap((s) => s.vxcs);
    expect(vxcs.find((v) => v.name === "NYC to ASH MCR")).toMatchObject({ shutdown: true, up: false, approval: null });
    expect(vxcs.find((v) => v.name === "HOU DR to AWS")).toMatchObject({ shutdown: false, approval: { status: "PENDING_EXTERNAL", type: "NEW", message: expect.stringContaining("AWS") } });
  });

  it("opens an MCR with its VXCs' A and B ends and its technical resources, and a VXC by its own uid", async () => {
    const conn = sessionConn(sims.credentials.megaport);
    const mcr = named((await services(conn)).services, "MCR-SYD-CLOUD");
    const detail = ZMegaportServiceDetail.parse(await run(conn, `services/${mcr.uid}`));
    if (detail.kind !== "PRODUCT") throw new Error(`expected a product, got ${detail.kind}`);
    expect(detail.product.resources.map((r) => r.name)).toEqual(["interface", "virtual_router"]);
    expect(detail.product.resources[1]!.fields).toContainEqual(["mcrAsn", "133937"]);
    const aws = detail.product.vxcs.find((v) => v.name === "MCR SYD to AWS")!;
    expect(aws).toMatchObject({
      status: "LIVE",
      rateLimitMbps: 1000,
      aEnd: { productUid: mcr.uid, productName: "MCR-SYD-CLOUD", location: { name: "Datacom@AirTrunk Sydney" }, vlan: expect.any(Number) },
      bEnd: { productName: "Asia Pacific (Sydney) (ap-southeast-2)", location: { name: "Equinix SY1", city: "Sydney" }, vlan: expect.any(Number) },
    });
    expect(aws.resources.map((r) => r.name).sort()).toEqual(["csp_connection", "interface", "vll"]);
    expect(aws.resources.find((r) => r.name === "vll")!.fields).toContainEqual(["a_vlan", String(aws.aEnd.vlan)]);

    const one = ZMegaportServiceDetail.parse(await run(conn, `services/${aws.uid}`));
    expect(one).toMatchObject({ kind: "VXC", vxc: { uid: aws.uid, aEnd: { productName: "MCR-SYD-CLOUD" } } });
    await expect(run(conn, "services/not-a-service")).rejects.toMatchObject({ status: 404 });
  });

  it("logs in again exactly once when Megaport refuses the session, however many calls meet the refusal", async () => {
    const conn = sessionConn(sims.credentials.megaport);
    await services(conn);
    const before = await simCount(LOGIN);
    await fetch(`${sims.controlUrls.megaport}/sessions/invalidate`, { method: "POST" });
    const [list, view] = await Promise.all([services(conn), identity(conn)]);
    expect(list.services).toHaveLength(17);
    expect(view.companies[0]!.problem).toBeNull();
    expect((await simCount(LOGIN)) - before).toBe(1);
  });

  it("an API key connection shows its company (from its products and users) and the company's users, and lists the services", async () => {
    const conn = apiKeyConn();
    const view = await identity(conn);
    expect(view).toMatchObject({ auth: "apiKey", person: null, usersProblem: null });
    expect(view.companies).toEqual([
      expect.objectContaining({ companyId: 1187, companyName: "Northwind Interconnect", legalName: "Northwind Interconnect Pty Ltd", permissions: null, home: true, problem: null }),
    ]);
    expect(view.users.map((u) => [u.name, u.email, u.position, u.mfaEnabled])).toEqual([
      ["Nora Ops", "netops@patchbay.example", "Company Admin", false],
      ["Sam Secops", "secops@patchbay.example", "Technical Admin", true],
    ]);
    expect(JSON.stringify(view)).not.toContain("password");
    expect((await services(conn)).services).toHaveLength(17);
  });

  it("relays Megaport's demand for a one-time password, then signs in with the admin's code", async () => {
    const { mfaUser } = sims.credentials.megaport;
    const conn = sessionConn(mfaUser);
    await expect(run(conn, "services")).rejects.toMatchObject({ code: "mfa_required", status: 424 });
    const code = generateSync({ secret: mfaUser.totpSecret, epoch: Math.floor(Date.now() / 1000) });
    const view = await identity(conn, code);
    expect(view.person).toMatchObject({ username: mfaUser.username, name: "Sam Secops" });
    expect((await services(conn)).services).toHaveLength(17);
  });

  it("leaves a product it cannot read out of the list and says which, keeping the rest", async () => {
    const before = (await services(sessionConn(sims.credentials.megaport))).services;
    const victim = named(before, "BNE-EDGE-01");
    expect((await control(`/products/${victim.uid}/fields`, { provisioningStatus: { code: 7 } })).status).toBe(204);
    try {
      // A new connection: nothing cached from the read before.
      const { value, unreadable } = await withUnreadableScope(() => services(sessionConn(sims.credentials.megaport)));
      expect(value.services.map((s) => s.uid).sort()).toEqual(before.map((s) => s.uid).filter((uid) => uid !== victim.uid).sort());
      expect(unreadable).toEqual({ count: 1, reasons: [expect.stringMatching(new RegExp(`^product \\d+ \\(${victim.uid}\\): provisioningStatus — `))] });
    } finally {
      await control("/reset", {});
    }
  });
});
