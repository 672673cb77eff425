import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { callOperation, type TOperationCall } from "@/lib/server/operations/testing/call-operation";
import { testConnectionOf } from "@/lib/server/upstream/testing/test-server";
import type { TUpstreamConnection } from "@/lib/server/upstream/types";
import { startSimulators, type TRunningSimulators } from "@/simulators";
import { megaportOperations } from "./operations";
import { ZMegaportIdentity, ZMegaportServiceDetail, ZMegaportServiceList, type TMegaportServiceRow } from "./views";

let sims: TRunningSimulators;
beforeAll(async () => {
  sims = await startSimulators({ port: 0, seed: 11 });
});
afterAll(() => sims.close());

const LOGIN = "POST /login";
const sessionConn = (user: { username: string; password: string }) => testConnectionOf("megaport", sims.urls.megaport, { username: user.username, password: user.password });
const apiKeyConn = () =>
  testConnectionOf("megaport", sims.urls.megaport, { accessKey: sims.credentials.megaport.accessKey, secretKey: sims.credentials.megaport.secretKey, authUrl: sims.urls.megaportAuth });
const run = (conn: TUpstreamConnection, path: string, call?: TOperationCall) => callOperation(megaportOperations, conn, "GET", path, call);
const identity = async (conn: TUpstreamConnection) => ZMegaportIdentity.parse(await run(conn, "identity"));
const services = async (conn: TUpstreamConnection, companyId?: number) => ZMegaportServiceList.parse(await run(conn, "services", { input: companyId ? { companyId: String(companyId) } : {} }));
const named = (rows: TMegaportServiceRow[], name: string) => rows.find((row) => row.name === name)!;

async function simCount(route: string): Promise<number> {
  const stats = (await (await fetch(`${sims.controlUrls.megaport}/stats`)).json()) as { byRoute: Record<string, number> };
  return stats.byRoute[route] ?? 0;
}

/** Every session and OAuth token the simulator has handed out so far. */
const issuedTokens = () => [...sims.simulators.megaport.state.sessions.keys()];

describe("Megaport operations against the simulator", () => {
  it("shows a service agent as one person with two companies and the permissions held in each", async () => {
    const conn = sessionConn(sims.credentials.megaport.serviceAgent);
    const view = await identity(conn);
    expect(view).toMatchObject({ auth: "session", person: { username: "agent@partner.example", personId: 388, companyId: 2291, companyName: "Contoso Cloud Ops" } });
    expect(view.companies.map((c) => [c.companyId, c.companyName, c.home])).toEqual([
      [2291, "Contoso Cloud Ops", true],
      [1187, "Northwind Interconnect", false],
    ]);
    expect(view.companies[0]!.permissions).toContain("company_admin");
    expect(view.companies[1]!.permissions.sort()).toEqual(["graphs", "notifications", "services", "tickets"]);
    expect(view.companies[1]).toMatchObject({ legalName: "Northwind Interconnect Pty Ltd", country: "Australia", address: expect.stringContaining("Sydney NSW 2000"), problem: null });
    expect(view.usage).toMatchObject({ limit: 500, windowMs: 300_000, used: expect.any(Number) });
    // The login object carries the session token: the view must not.
    expect(issuedTokens().length).toBeGreaterThan(0);
    for (const token of issuedTokens()) expect(JSON.stringify(view)).not.toContain(token);
  });

  it("lists each company's ports, MCRs and MVEs with their VXCs, tagged with the company asked for", async () => {
    const conn = sessionConn(sims.credentials.megaport.serviceAgent);
    const contoso = await services(conn, 2291);
    const northwind = await services(conn, 1187);
    expect(contoso.services.map((s) => s.name).sort()).toEqual(["contoso-ash-1", "contoso-lab", "contoso-mcr-west", "contoso-sjc-1"]);
    expect(contoso.services.every((s) => s.company.id === 2291 && s.company.name === "Contoso Cloud Ops")).toBe(true);
    expect(northwind.services).toHaveLength(17);
    expect(northwind.services.filter((s) => s.type === "MCR2" && s.status === "LIVE").map((s) => s.name).sort()).toEqual(["MCR-ASH-CLOUD", "MCR-SYD-CLOUD"]);
    const core = named(northwind.services, "SYD-CORE-01");
    expect(core).toMatchObject({ type: "MEGAPORT", status: "LIVE", up: true, speedMbps: 10_000, locked: true, contractTermMonths: 36, location: { name: "Equinix SY1", city: "Sydney", country: "Australia" } });
    expect(core.vxcs.map((v) => v.name)).toEqual(["SYD to AWS ap-southeast-2", "SYD to Azure ER primary", "SYD to BNE backhaul"]);
    expect(core.ixs).toMatchObject([{ kind: "IX", name: "IX-Sydney NorthwindIX", asn: 64_600 }]);
    expect(core.contractEndDate).toBeGreaterThan(core.contractStartDate!);
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
    expect(aws.resources.map((r) => r.name).sort()).toEqual(["csp_connection", "vll"]);
    expect(aws.resources.find((r) => r.name === "vll")!.fields).toContainEqual(["a_vlan", String(aws.aEnd.vlan)]);

    const one = ZMegaportServiceDetail.parse(await run(conn, `services/${aws.uid}`));
    expect(one).toMatchObject({ kind: "VXC", vxc: { uid: aws.uid, aEnd: { productName: "MCR-SYD-CLOUD" } } });
  });

  it("logs in again exactly once when Megaport refuses the session, however many calls meet the refusal", async () => {
    const conn = sessionConn(sims.credentials.megaport);
    await services(conn);
    const before = await simCount(LOGIN);
    await fetch(`${sims.controlUrls.megaport}/sessions/invalidate`, { method: "POST" });
    // Different pages at once: the company (by ?token=) and the products (by X-Auth-Token) of another company id.
    const [list, view] = await Promise.all([services(conn, 1187), identity(conn)]);
    expect(list.services).toHaveLength(17);
    expect(view.companies[0]!.problem).toBeNull();
    expect((await simCount(LOGIN)) - before).toBe(1);
  });

  it("an API key connection names no person and lists its own company's services", async () => {
    const conn = apiKeyConn();
    expect(await identity(conn)).toMatchObject({ auth: "apiKey", person: null, companies: [] });
    const list = await services(conn);
    expect(list).toMatchObject({ companyId: null });
    expect(list.services).toHaveLength(17);
  });

  it("refuses a companyId that is not a number, and says when the user may not see a company", async () => {
    const conn = sessionConn(sims.credentials.megaport);
    await expect(run(conn, "services", { input: { companyId: "abc" } })).rejects.toBeInstanceOf(z.ZodError);
    await expect(services(conn, 2291)).rejects.toMatchObject({ code: "upstream_error", status: 403, message: expect.stringMatching(/access to company 2291/) });
    await expect(run(conn, "services/not-a-service")).rejects.toMatchObject({ status: 404 });
  });
});
