import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { callVendor } from "./call-vendor";
import { startTestServer, testConnectionOf, type TSeenRequest, type TTestServer } from "./testing/test-server";

// Every line the core writes goes through the real logger into this array.
const { lines } = vi.hoisted(() => ({ lines: [] as string[] }));
vi.mock("@/lib/server/log", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/server/log")>();
  const logger = actual.createLogger({ write: (line: string) => void lines.push(line) }, "debug");
  return { ...actual, log: logger, logger };
});

const NETTICA_KEY = "nettica-api-LOGTEST0000000000000000000000009f2c";
const PROVISION = { apiKey: "38-TMHQV8CV2XZYC2ZS", secretKey: "5f2b8c1e9d7a4b3c6e0f1a2d3c4b5a69" };
const ACRETO = { username: "ops@example.com", password: "acreto-password-for-logs" };
const MEGAPORT = { username: "example", password: "megaport-password-for-logs" };
const issued: string[] = [];
let server: TTestServer;

function route(req: TSeenRequest) {
  const token = () => {
    const value = `${randomUUID()}${randomUUID()}`;
    issued.push(value);
    return value;
  };
  if (req.path === "/nettica/net") return req.headers["x-api-key"] === NETTICA_KEY ? { json: [] } : { status: 401, json: { error: "Unauthorized" } };
  if (req.path === "/provision/api.php") {
    issued.push(decodeURIComponent(/&hash=([^&]+)$/.exec(req.rawQuery)?.[1] ?? ""));
    return { json: { success: 1, message: "ok", data: [] } };
  }
  if (req.path === "/acreto/auth/login") return { json: { accessToken: token(), customers: [], expiry: 600 } };
  if (req.path === "/acreto/customers/c/ecosystems") return { status: 401, json: { code: 401, message: "expired" } };
  if (req.path === "/megaport/v2/login") return { json: { message: "Login successfully", data: { session: token(), companyId: 1 } } };
  return { json: { message: "ok", data: [] } };
}

beforeAll(async () => {
  server = await startTestServer(route);
});
afterAll(() => server.close());

describe("what the upstream core logs", () => {
  it("logs each call with method, redacted URL, status and ms, and never a secret", async () => {
    await callVendor(testConnectionOf("nettica", `${server.baseUrl}/nettica`, { apiKey: NETTICA_KEY }), { method: "GET", path: "/net" });
    await callVendor(testConnectionOf("nettica", `${server.baseUrl}/nettica`, { apiKey: `${NETTICA_KEY}x` }), { method: "GET", path: "/net" }).catch(() => undefined);
    await callVendor(testConnectionOf("provision", `${server.baseUrl}/provision/api.php`, PROVISION), { method: "GET", path: "", query: { target: "ipam", action: "get" } });
    await callVendor(testConnectionOf("acreto", `${server.baseUrl}/acreto`, ACRETO), { method: "GET", path: "/customers/c/ecosystems" }).catch(() => undefined);
    await callVendor(testConnectionOf("megaport", `${server.baseUrl}/megaport`, MEGAPORT), { method: "GET", path: "/v2/products" });

    const calls = lines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((entry) => entry.msg === "upstream call");
    expect(calls.length).toBeGreaterThanOrEqual(8);
    for (const call of calls) expect(call).toMatchObject({ method: expect.any(String), url: expect.any(String), status: expect.any(Number), ms: expect.any(Number) });
    const hash = issued.find((value) => value.endsWith("="))!;
    const signedUrl = `${server.baseUrl}/provision/api.php?target=ipam&action=get&apiKey=38-T…C2ZS&hash=${hash.slice(0, 4)}…${hash.slice(-4)}`;
    expect(calls.map((c) => c.url)).toContain(signedUrl);

    const output = lines.join("\n");
    const secrets = [NETTICA_KEY, PROVISION.apiKey, PROVISION.secretKey, ACRETO.password, MEGAPORT.password, ...issued];
    expect(issued.length).toBeGreaterThanOrEqual(4);
    for (const secret of secrets) expect(output, secret).not.toContain(secret);
  });
});
