import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callVendor } from "@/lib/server/upstream/call-vendor";
import { startTestServer, testConnectionOf, type TSeenRequest, type TTestServer } from "@/lib/server/upstream/testing/test-server";
import { testConnection } from "@/lib/server/upstream/test-connection";
import type { VendorError } from "@/lib/server/upstream/vendor-error";

const ACCESS_KEY = "mp-access-key-1";
const SECRET_KEY = "mp-secret-key-0123456789abcdef";
let server: TTestServer;
const sessions = new Set<string>();
const bearers = new Set<string>();
let sessionLogins = 0;
let oauthLogins = 0;

const refused = (message: string) => ({
  status: 401,
  json: { message, data: null, trace_id: "trace-123" },
  headers: { "Trace-Id": "trace-123" },
});

function route(req: TSeenRequest) {
  if (req.method === "POST" && req.path === "/login") {
    const form = new URLSearchParams(req.body);
    if (req.headers["content-type"] !== "application/x-www-form-urlencoded") return { status: 415, json: { message: "form body expected" } };
    if (form.get("username") !== "example" || form.get("password") !== "secret") return refused("Invalid username or password");
    sessionLogins += 1;
    const session = randomUUID();
    sessions.add(session);
    return { json: { companyId: 203, companyName: "MEGAPORT", expiryDate: null, session, username: "example", permissions: { "203": ["services"] } } };
  }
  if (req.method === "POST" && req.path === "/oauth2/token") {
    const basic = Buffer.from(`${ACCESS_KEY}:${SECRET_KEY}`).toString("base64");
    if (req.rawQuery !== "grant_type=client_credentials" || req.body !== "" || req.headers.authorization !== `Basic ${basic}`) {
      return { status: 400, json: { error: "invalid_client" } };
    }
    oauthLogins += 1;
    const token = randomUUID();
    bearers.add(token);
    return { json: { access_token: token, token_type: "Bearer", expires_in: 86400 } };
  }
  const query = new URLSearchParams(req.rawQuery);
  const session = query.get("token") ?? (req.headers["x-auth-token"] as string | undefined);
  const bearer = /^Bearer (.+)$/.exec(String(req.headers.authorization ?? ""))?.[1];
  if (!(session && sessions.has(session)) && !(bearer && bearers.has(bearer))) return refused("Your session has expired. Please log in again.");
  if (req.path === "/secure/party/company/203") return { json: { message: "Company", data: { companyUid: "c-203", legalName: "MEGAPORT" } } };
  if (req.path === "/v2/products") return { json: { message: "Found 1 Products", terms: "AUP", data: [{ productUid: "p-1" }] } };
  return { status: 404, json: { message: "Not found", data: null, trace_id: "trace-404" } };
}

beforeAll(async () => {
  server = await startTestServer(route);
});
afterAll(() => server.close());

const sessionConn = () => testConnectionOf("megaport", server.baseUrl, { username: "example", password: "secret" });

describe("Megaport session token", () => {
  it("logs in with a form body and sends ?token=<session>, or X-Auth-Token when asked", async () => {
    const conn = sessionConn();
    await callVendor(conn, { method: "GET", path: "/secure/party/company/203" });
    const inQuery = server.seen.at(-1)!;
    expect(inQuery.rawQuery).toMatch(/^token=[0-9a-f-]{36}$/);
    await callVendor(conn, { method: "GET", path: "/v2/products", tokenPlacement: "header" });
    const inHeader = server.seen.at(-1)!;
    expect(inHeader.rawQuery).toBe("");
    expect(inHeader.headers["x-auth-token"]).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("logs in again once when the session is refused", async () => {
    const conn = sessionConn();
    await callVendor(conn, { method: "GET", path: "/v2/products" });
    sessions.clear();
    const before = sessionLogins;
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => callVendor(conn, { method: "GET", path: "/v2/products", query: { n: i } })));
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(sessionLogins - before).toBe(1);
  });

  it("carries Megaport's trace id into the error", async () => {
    const error = (await callVendor(sessionConn(), { method: "GET", path: "/v2/product/nope" }).catch((e: unknown) => e)) as VendorError;
    expect(error).toMatchObject({ code: "upstream_error", status: 404, traceId: "trace-404" });
    const wrong = testConnectionOf("megaport", server.baseUrl, { username: "example", password: "wrong" });
    const refusedLogin = (await callVendor(wrong, { method: "GET", path: "/v2/products" }).catch((e: unknown) => e)) as VendorError;
    expect(refusedLogin).toMatchObject({ code: "upstream_unauthorized", traceId: "trace-123" });
  });

  it("testConnection reads the company of the session", async () => {
    expect(await testConnection(sessionConn())).toMatchObject({ ok: true, message: "Signed in to Megaport as example (MEGAPORT)." });
  });
});

describe("Megaport API key (OAuth client credentials)", () => {
  const oauthConn = () => testConnectionOf("megaport", server.baseUrl, { accessKey: ACCESS_KEY, secretKey: SECRET_KEY, authUrl: server.baseUrl });

  it("gets a token with Basic auth and an empty form body, then sends it as a bearer", async () => {
    const conn = oauthConn();
    const before = oauthLogins;
    const first = await callVendor(conn, { method: "GET", path: "/v2/products" });
    await callVendor(conn, { method: "GET", path: "/v2/products", query: { again: 1 } });
    expect(first.data).toMatchObject({ data: [{ productUid: "p-1" }] });
    expect(oauthLogins - before).toBe(1);
    expect(server.seen.at(-1)!.headers.authorization).toMatch(/^Bearer [0-9a-f-]{36}$/);
  });

  it("a wrong secret is upstream_unauthorized", async () => {
    const conn = testConnectionOf("megaport", server.baseUrl, { accessKey: ACCESS_KEY, secretKey: "wrong-secret-wrong", authUrl: server.baseUrl });
    const error = (await callVendor(conn, { method: "GET", path: "/v2/products" }).catch((e: unknown) => e)) as VendorError;
    expect(error.code).toBe("upstream_unauthorized");
    expect(error.message).toContain("API access key and API secret key");
  });
});
