import { expect, test, type Page } from "@playwright/test";
import { VENDORS } from "../lib/vendors/registry";
import { addDemoConnections, consoleOrigin, originHeader, removeConnections, signedInPage, type TConnectionRef } from "./hostile-console";
import { addressCases, operationCases, type TCorpusContext } from "./hostile-corpus";
import { rawBytes, rawRequest } from "./hostile-http";
import { listOperations } from "./hostile-operations";
import { isMonitorPoll, judgeCases } from "./hostile-runner";
import { arrivalProblem, startHostileUpstreams, type THostileUpstreams } from "./hostile-upstreams";
import { MARKER, traversalTexts, urlTexts } from "./hostile-values";
import { admin } from "./support";

// One worker, in order: the cases share private simulators, a canary and an admin session.
test.describe.configure({ mode: "serial" });

const totals = { cases: 0, refused: 0, acceptedAsData: 0, normalised: 0, wentUpstream: 0, wire: 0, freeText: 0, problems: 0 };

let upstreams: THostileUpstreams;
let adminPage: Page;
let connections: TConnectionRef[] = [];
let sessionHeaders: Record<string, string>;

test.beforeAll(async ({ browser }) => {
  upstreams = await startHostileUpstreams();
  adminPage = await signedInPage(browser, admin);
  connections = await addDemoConnections(adminPage.request, upstreams.urls, "hostile");
  // The overview polls every connection; off it, only the suite (and the nettica monitor) calls the simulators.
  await adminPage.goto("about:blank");
  const cookies = await adminPage.context().cookies(consoleOrigin);
  sessionHeaders = { ...originHeader, cookie: cookies.map((c) => `${c.name}=${c.value}`).join("; ") };
});

test.afterAll(async () => {
  await removeConnections(adminPage.request, connections);
  await adminPage.context().close();
  await upstreams.close();
  console.log(
    `hostile input: ${totals.cases} cases over every BFF route + ${totals.wire} raw-wire cases + ${totals.freeText} free texts stored; ${totals.refused} refused with a 4xx JSON error, ` +
      `${totals.normalised} dot-segment or double-slash paths answered exactly as the path they resolve to, ${totals.acceptedAsData} free-text values handled as data, ` +
      `${totals.wentUpstream} reached the connection's own simulator, ${upstreams.arrivals.filter((a) => a.server === "canary").length} reached the canary; ${totals.problems} problems`,
  );
});

function contextFor(vendor: string): TCorpusContext {
  const own = connections.find((c) => c.vendor === vendor)!;
  const other = connections.find((c) => c.vendor !== vendor)!;
  return { connectionId: own.id, otherVendorConnectionId: other.id, canaryOrigin: upstreams.canaryOrigin, foreignOrigin: upstreams.vendors[other.vendor]!.origin, headers: sessionHeaders };
}

for (const vendor of VENDORS) {
  test(`${vendor}: hostile paths, queries, bodies, media types, sizes and headers on every operation get a clear 4xx and never leave the connection's own upstream`, async () => {
    test.setTimeout(900_000);
    const all = listOperations();
    const operations = all.filter((operation) => operation.vendor === vendor);
    const ctx = contextFor(vendor);
    const cases = [
      ...operations.flatMap((operation) => operationCases(operation, operations, ctx)),
      ...addressCases(vendor, operations[0]?.path.split("/")[0] ?? "anything", ctx),
    ];
    const { outcome, problems } = await judgeCases(upstreams, vendor, cases);
    totals.cases += outcome.cases;
    totals.problems += problems.length;
    totals.refused += outcome.refused;
    totals.acceptedAsData += outcome.accepted;
    totals.wentUpstream += outcome.upstream;
    totals.normalised += outcome.normalised;
    console.log(
      `hostile input, ${vendor}: ${operations.length} operations, ${cases.length} cases: ${outcome.refused} refused (4xx), ` +
        `${outcome.normalised} dot-segment paths answered as their resolved path, ${outcome.accepted} accepted as data, ${outcome.upstream} reached ${vendor}'s own simulator`,
    );
    expect(problems).toEqual([]);
  });
}

test("bytes no client library would send: absolute-form targets, folded or bare-LF headers, smuggling, NUL", async () => {
  const connection = connections.find((c) => c.vendor === "nettica")!;
  const path = `/api/v/nettica/${connection.id}/devices`;
  const host = new URL(consoleOrigin).host;
  const canary = new URL(upstreams.canaryOrigin).host;
  const cookie = sessionHeaders.cookie!;
  const head = (lines: string[]) => `${lines.join("\r\n")}\r\n\r\n`;
  const wire: Array<[string, string]> = [
    ["absolute-form target naming the canary", head([`GET http://${canary}/${MARKER} HTTP/1.1`, `Host: ${host}`, `Cookie: ${cookie}`, "Connection: close"])],
    ["absolute-form target, canary as Host", head([`GET http://${canary}${path} HTTP/1.1`, `Host: ${canary}`, `Cookie: ${cookie}`, "Connection: close"])],
    ["folded X-Vendor-OTP header", head([`GET ${path} HTTP/1.1`, `Host: ${host}`, `Cookie: ${cookie}`, "X-Vendor-OTP: 123456", ` X-Injected: ${MARKER}`, "Connection: close"])],
    ["bare LF inside a header value", `GET ${path} HTTP/1.1\r\nHost: ${host}\r\nCookie: ${cookie}\r\nX-Vendor-OTP: 123456\nX-Injected: 1\r\nConnection: close\r\n\r\n`],
    ["bare CR inside a header value", `GET ${path} HTTP/1.1\r\nHost: ${host}\r\nCookie: ${cookie}\r\nX-Vendor-OTP: 123456\rX-Injected: 1\r\nConnection: close\r\n\r\n`],
    ["NUL in a header value", head([`GET ${path} HTTP/1.1`, `Host: ${host}`, `Cookie: ${cookie}`, "X-Vendor-OTP: 123\u0000456", "Connection: close"])],
    ["Content-Length and Transfer-Encoding together", head([`POST ${path} HTTP/1.1`, `Host: ${host}`, `Origin: ${consoleOrigin}`, `Cookie: ${cookie}`, "Content-Type: application/json", "Content-Length: 4", "Transfer-Encoding: chunked", "Connection: close"]) + "0\r\n\r\n"],
    ["two Content-Length headers", head([`POST ${path} HTTP/1.1`, `Host: ${host}`, `Origin: ${consoleOrigin}`, `Cookie: ${cookie}`, "Content-Type: application/json", "Content-Length: 2", "Content-Length: 3", "Connection: close"]) + "{}"],
  ];
  const problems: string[] = [];
  const before = upstreams.arrivals.length;
  for (const [what, bytes] of wire) {
    const { status, head: answer } = await rawBytes(consoleOrigin, bytes);
    totals.wire += 1;
    // 2xx is only right for the first two: Node takes the path from an absolute-form target, the console ignores the host.
    const fine = (status >= 400 && status < 500) || (status === 0 && what.includes("LF")) || (what.startsWith("absolute-form") && status > 0 && status < 500);
    if (!fine) problems.push(`${what} → ${status} ${answer.split("\r\n")[0]}`);
  }
  const reached = upstreams.arrivals.slice(before).filter((a) => a.server === "canary" || a.target.includes(MARKER));
  expect(reached, "nothing reached the canary").toEqual([]);
  expect(problems).toEqual([]);
});

test("free text that looks like a URL or a path is kept as typed, and travels only as a value (a JSON body, or ProVision's percent-encoded signed query) to the connection's own simulator", async () => {
  const texts = [...urlTexts({ canaryOrigin: upstreams.canaryOrigin, foreignOrigin: upstreams.vendors.nettica!.origin }), ...traversalTexts];
  const call = async (vendor: string, method: string, path: string, body?: unknown) => {
    const id = connections.find((c) => c.vendor === vendor)!.id;
    const headers = body === undefined ? sessionHeaders : { ...sessionHeaders, "content-type": "application/json" };
    const response = await rawRequest(consoleOrigin, { method, target: `/api/v/${vendor}/${id}/${path}`, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    expect(response.status, `${method} ${path}: ${response.body.slice(0, 200)}`).toBeLessThan(300);
    return JSON.parse(response.body) as Record<string, unknown>;
  };
  const before = upstreams.arrivals.length;

  // An Acreto Thing named with each text, in an ecosystem that takes changes.
  type TCustomers = { customers: Array<{ uuid: string; ecosystems: Array<{ uuid: string; status: string }> }> };
  const { customers } = (await call("acreto", "GET", "customers")) as TCustomers;
  const ecosystem = customers.flatMap((c) => c.ecosystems.map((e) => ({ ...e, customer: c.uuid }))).find((e) => ["ok", "pending_changes"].includes(e.status))!;
  const at = `customers/${ecosystem.customer}/ecosystems/${ecosystem.uuid}`;
  const { groups } = (await call("acreto", "GET", `${at}/groups`)) as { groups: Array<{ uuid: string }> };
  for (const text of texts) {
    const thing = await call("acreto", "POST", `${at}/things`, { name: text, profileGroup: groups[0]!.uuid });
    expect(thing.name).toBe(text);
  }
  // A ProVision aggregate noted with each text, read back from ProVision.
  for (const [i, text] of texts.entries()) {
    const { block } = (await call("provision", "POST", "aggregates", { block: `198.18.${i}.0/24`, rir: "ARIN", notes: text })) as { block: { id: number } };
    const detail = (await call("provision", "GET", `blocks/${block.id}`)) as { fields: { notes: string } };
    expect(detail.fields.notes).toBe(text);
  }
  const arrivals = upstreams.arrivals.slice(before).filter((a) => !isMonitorPoll(a.server, a.method, a.target));
  expect(arrivals.filter((a) => !["acreto", "provision"].includes(a.server))).toEqual([]);
  expect(arrivals.map((a) => ({ ...a, problem: arrivalProblem(a, upstreams.vendors[a.server], MARKER) })).filter((a) => a.problem)).toEqual([]);
  totals.freeText = texts.length * 2;
  console.log(`hostile input: ${texts.length * 2} URL- and path-like texts kept as typed in Acreto Things and ProVision notes, over ${arrivals.length} clean upstream calls`);
});

test("after the whole corpus, the canary saw nothing and every request a simulator saw was one a declared operation builds", () => {
  expect(upstreams.arrivals.filter((a) => a.server === "canary")).toEqual([]);
  const wrong = upstreams.arrivals
    .filter((a) => !isMonitorPoll(a.server, a.method, a.target))
    .map((a) => ({ ...a, problem: arrivalProblem(a, upstreams.vendors[a.server], MARKER) }))
    .filter((a) => a.problem);
  expect(wrong).toEqual([]);
  expect(upstreams.arrivals.length, "the corpus did reach the simulators where it was valid").toBeGreaterThan(0);
});
