import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callVendor } from "@/lib/server/upstream/call-vendor";
import { startTestServer, testConnectionOf, type TSeenRequest, type TTestServer } from "@/lib/server/upstream/testing/test-server";
import { testConnection } from "@/lib/server/upstream/test-connection";
import type { VendorError } from "@/lib/server/upstream/vendor-error";

const API_KEY = "8a0892e3aedbe2f2ade4bd727d4725e0c639d021";
const EMAIL = "ops@example.com";
const PASSWORD = "n2n-password-1";
const UNAUTHORIZED = { httpCode: 403, error: "UNAUTHORIZED" };

let server: TTestServer;
const tokens = new Set<string>();
let logins = 0;

function route(req: TSeenRequest) {
  if (req.method === "POST" && req.path === "/v3/api/core/login") {
    const { email, password } = JSON.parse(req.body) as { email: string; password: string };
    if (email !== EMAIL || password !== PASSWORD) return { status: 403, json: UNAUTHORIZED };
    logins += 1;
    const token = randomUUID().replace(/-/g, "");
    tokens.add(token);
    const now = Math.floor(Date.now() / 1000);
    return { json: { token, groupIdList: ["nnn.master"], email, level: "admin", createdAt: now, expiresAt: now + 3600 } };
  }
  const auth = String(req.headers.authorization ?? "");
  const basic = /^Basic (.+)$/.exec(auth)?.[1];
  // The key is the Basic password; the user name is ignored.
  const keyOk = basic !== undefined && Buffer.from(basic, "base64").toString().split(":").slice(1).join(":") === API_KEY;
  const bearerOk = tokens.has(/^Bearer (.+)$/.exec(auth)?.[1] ?? "");
  if (!keyOk && !bearerOk) return { status: 403, json: UNAUTHORIZED };
  const params = new URLSearchParams(req.rawQuery);
  const limit = Number(params.get("limit") ?? 200);
  if (limit < 10 || limit > 1000) return { status: 400, json: { httpCode: 400, error: "BAD_REQUEST", message: "Invalid limit" } };
  if (req.path === "/v3/api/core/devices") return { json: [{ deviceId: "70B3D5", name: "meter" }] };
  return { status: 404, json: { httpCode: 404, error: "NOT_FOUND" } };
}

beforeAll(async () => {
  server = await startTestServer(route);
});
afterAll(() => server.close());

const base = () => `${server.baseUrl}/v3/api/core`;
const devices = { method: "GET", path: "/devices", query: { limit: 10, skip: 0 } } as const;

describe("N2N API key as HTTP Basic password", () => {
  it("sends api:<key> and lists devices", async () => {
    const conn = testConnectionOf("n2n", base(), { apiKey: API_KEY, tps: "50" });
    const result = await callVendor(conn, devices);
    expect(result.data).toEqual([{ deviceId: "70B3D5", name: "meter" }]);
    expect(server.seen.at(-1)!.headers.authorization).toBe(`Basic ${Buffer.from(`api:${API_KEY}`).toString("base64")}`);
  });

  it("reads N2N's own error body", async () => {
    const conn = testConnectionOf("n2n", base(), { apiKey: "wrong-key-wrong-key-wrong" });
    const error = (await callVendor(conn, devices).catch((e: unknown) => e)) as VendorError;
    expect(error).toMatchObject({ code: "upstream_unauthorized", status: 403, vendorCode: "UNAUTHORIZED" });
    const bad = testConnectionOf("n2n", base(), { apiKey: API_KEY });
    const invalid = (await callVendor(bad, { ...devices, query: { limit: 5 } }).catch((e: unknown) => e)) as VendorError;
    expect(invalid).toMatchObject({ code: "upstream_error", status: 400, detail: "Invalid limit" });
  });

  it("testConnection lists the first page", async () => {
    const check = await testConnection(testConnectionOf("n2n", base(), { apiKey: API_KEY }));
    expect(check).toMatchObject({ ok: true, message: "N2N answered with 1 device on the first page." });
  });
});

describe("N2N email + password login", () => {
  it("logs in, then ten concurrent calls on an expired token share one re-login", async () => {
    const conn = testConnectionOf("n2n", base(), { email: EMAIL, password: PASSWORD, tps: "50" });
    await callVendor(conn, devices);
    expect(server.seen.at(-1)!.headers.authorization).toMatch(/^Bearer [0-9a-f]{32}$/);
    tokens.clear();
    const before = logins;
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => callVendor(conn, { ...devices, query: { limit: 10, skip: i } })));
    expect(results).toHaveLength(10);
    expect(logins - before).toBe(1);
  });

  it("a wrong password is an actionable upstream_unauthorized", async () => {
    const conn = testConnectionOf("n2n", base(), { email: EMAIL, password: "nope" });
    const error = (await callVendor(conn, devices).catch((e: unknown) => e)) as VendorError;
    expect(error.code).toBe("upstream_unauthorized");
    expect(error.message).toMatch(/refused the sign-in.*Check the Email and Password/);
  });

  it("no complete credentials: says which fields to fill in", async () => {
    const conn = testConnectionOf("n2n", base(), { email: EMAIL });
    const error = (await callVendor(conn, devices).catch((e: unknown) => e)) as VendorError;
    expect(error.code).toBe("upstream_unauthorized");
    expect(error.message).toContain("set API key, or Email + Password");
  });
});
