import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callVendor } from "@/lib/server/upstream/call-vendor";
import { vendorErrorResponse } from "@/lib/server/upstream/error-response";
import { startTestServer, testConnectionOf, type TTestServer } from "@/lib/server/upstream/testing/test-server";
import { testConnection } from "@/lib/server/upstream/test-connection";
import { VendorError } from "@/lib/server/upstream/vendor-error";

const KEY = "nettica-api-0123456789abcdefghijABCDEFGHIJ9f2c";
let server: TTestServer;

beforeAll(async () => {
  // Strict like Nettica: wrong or missing key → 401 {"error":"Unauthorized"}.
  server = await startTestServer((req) => {
    if (req.headers["x-api-key"] !== KEY) return { status: 401, json: { error: "Unauthorized" } };
    if (req.path === "/api/v1.0/net") return { json: [{ id: "net-1" }], headers: { "set-cookie": "sid=upstream" } };
    return { status: 404, json: { error: "Not Found" } };
  });
});
afterAll(() => server.close());

describe("Nettica API-key header", () => {
  it("sends X-API-KEY and nothing from the browser, and drops Set-Cookie", async () => {
    const conn = testConnectionOf("nettica", `${server.baseUrl}/api/v1.0`, { apiKey: KEY });
    const result = await callVendor(conn, { method: "GET", path: "/net" });
    expect(result.data).toEqual([{ id: "net-1" }]);
    expect(result.headers["set-cookie"]).toBeUndefined();
    const sent = server.seen.at(-1)!;
    expect(sent.headers.cookie).toBeUndefined();
    expect(sent.headers.authorization).toBeUndefined();
    expect(sent.headers["x-forwarded-for"]).toBeUndefined();
  });

  it("turns the vendor's 401 into upstream_unauthorized with an actionable message", async () => {
    const conn = testConnectionOf("nettica", `${server.baseUrl}/api/v1.0`, { apiKey: "nettica-api-wrong-wrong-wrong-wrong" });
    const error = await callVendor(conn, { method: "GET", path: "/net" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VendorError);
    expect(error).toMatchObject({ vendor: "nettica", status: 401, code: "upstream_unauthorized", retryable: false });
    expect((error as VendorError).message).toContain("Check the API key");
    expect(vendorErrorResponse(error as VendorError)).toMatchObject({ status: 502, body: { error: "upstream_unauthorized" } });
  });

  it("maps the vendor's 404 body to a 404 for the console", async () => {
    const conn = testConnectionOf("nettica", `${server.baseUrl}/api/v1.0`, { apiKey: KEY });
    const error = (await callVendor(conn, { method: "GET", path: "/device/device-nope" }).catch((e: unknown) => e)) as VendorError;
    expect(error.code).toBe("upstream_error");
    expect(error.message).toContain("Not Found");
    expect(vendorErrorResponse(error).status).toBe(404);
  });

  it("testConnection lists the networks", async () => {
    const check = await testConnection(testConnectionOf("nettica", `${server.baseUrl}/api/v1.0`, { apiKey: KEY }));
    expect(check).toMatchObject({ ok: true, message: "Nettica answered with 1 network." });
    expect(check.latencyMs).toBeGreaterThanOrEqual(0);
  });
});
