import { createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callVendor } from "@/lib/server/upstream/call-vendor";
import { vendorErrorResponse } from "@/lib/server/upstream/error-response";
import { hmacOf, signQuery } from "@/lib/server/upstream/strategies/hmac-query";
import { startTestServer, testConnectionOf, type TTestServer } from "@/lib/server/upstream/testing/test-server";
import { testConnection } from "@/lib/server/upstream/test-connection";
import type { VendorError } from "@/lib/server/upstream/vendor-error";

const API_KEY = "38-TMHQV8CV2XZYC2ZS";
const SECRET = "5f2b8c1e9d7a4b3c6e0f1a2d3c4b5a69";
let server: TTestServer;

beforeAll(async () => {
  // Strict like ProVision: strip "&hash=…" at the very end, recompute over the raw query as sent.
  server = await startTestServer((req) => {
    // ProVision hashes $_SERVER['QUERY_STRING']: the URL's query, never a body.
    const match = /^(.*)&hash=([^&]*)$/.exec(req.rawQuery);
    if (!match) return { status: 401, json: { success: 0, message: "Authentication failed" } };
    const [, signed, hash] = match;
    const expected = createHmac("sha256", SECRET).update(signed).digest("base64");
    if (decodeURIComponent(hash) !== expected || !signed.endsWith(`&apiKey=${API_KEY}`)) {
      return { status: 401, json: { success: 0, message: "Authentication failed" } };
    }
    const params = new URLSearchParams(signed);
    if (params.get("action") === "get" && params.get("block") === "10.9.9.0/24") return { json: { success: 0, message: "Block not found" } };
    if (params.get("notes") === "busy") return { status: 503, json: { success: 0, message: "Service Unavailable" } };
    return { json: { success: 1, message: "ok", data: Object.fromEntries(params) } };
  });
});
afterAll(() => server.close());

describe("ProVision HMAC-signed query", () => {
  it("matches ProVision's own worked example (the APIv1 page's key, secret and query)", () => {
    const query = "target=ipam&action=get&type=IP&mask=24&apiKey=32-5DAYTJQY2TZHOFOB";
    expect(hmacOf(query, "48b278ec873bda4738923dbc467f8669")).toBe("yneSFMyxPPe+3W4IOkVp50K3VStatBcRRak+2ygDUWQ=");
    const signed = signQuery([["target", "ipam"], ["action", "get"], ["type", "IP"], ["mask", "24"]], "32-5DAYTJQY2TZHOFOB", "48b278ec873bda4738923dbc467f8669");
    expect(signed).toBe(`${query}&hash=yneSFMyxPPe%2B3W4IOkVp50K3VStatBcRRak%2B2ygDUWQ%3D`);
  });

  it("matches the published test vector", () => {
    const query = "target=ipam&action=get&type=IPv4&mask=24&apiKey=38-TMHQV8CV2XZYC2ZS";
    expect(hmacOf(query, SECRET)).toBe("5qOsXY7/yVuiG4czKo/+8yeKsfPRUPm6sjMFxVpPIrc=");
    const signed = signQuery([["target", "ipam"], ["action", "get"], ["type", "IPv4"], ["mask", "24"]], API_KEY, SECRET);
    expect(signed).toBe(`${query}&hash=5qOsXY7%2FyVuiG4czKo%2F%2B8yeKsfPRUPm6sjMFxVpPIrc%3D`);
  });

  it("signs a tag with a comma, a space and a slash so a strict server accepts it", async () => {
    const conn = testConnectionOf("provision", `${server.baseUrl}/ex/api/v1/api.php`, { apiKey: API_KEY, secretKey: SECRET });
    const tags = "core, dc/east";
    const result = await callVendor(conn, { method: "GET", path: "", query: { target: "ipam", action: "get", tags, mask: 24 } });
    expect(result.data).toMatchObject({ success: 1, data: { tags, apiKey: API_KEY } });
    const sent = server.seen.at(-1)!;
    expect(sent.path).toBe("/ex/api/v1/api.php");
    expect(sent.rawQuery).toMatch(/^target=ipam&action=get&tags=core%2C%20dc%2Feast&mask=24&apiKey=38-TMHQV8CV2XZYC2ZS&hash=[A-Za-z0-9%]+$/);
  });

  it("sends a change as a signed GET with everything in the URL, once, even when the answer is a 503", async () => {
    const conn = testConnectionOf("provision", `${server.baseUrl}/ex/api/v1/api.php`, { apiKey: API_KEY, secretKey: SECRET });
    const before = server.seen.length;
    const result = await callVendor(conn, { method: "GET", path: "", idempotent: false, query: { target: "ipam", action: "smartAssign", mask: 28, tags: "a b,c/d" } });
    expect(result.data).toMatchObject({ success: 1, data: { action: "smartAssign", tags: "a b,c/d" } });
    const sent = server.seen.at(-1)!;
    expect([sent.method, sent.body]).toEqual(["GET", ""]);
    expect(sent.rawQuery).toMatch(/^target=ipam&action=smartAssign&mask=28&tags=a%20b%2Cc%2Fd&apiKey=38-TMHQV8CV2XZYC2ZS&hash=[A-Za-z0-9%]+$/);

    const busy = await callVendor(conn, { method: "GET", path: "", idempotent: false, query: { target: "ipam", action: "update", id: 7, notes: "busy" } }).catch((e: unknown) => e);
    expect(busy).toMatchObject({ code: "upstream_unavailable", status: 503 });
    expect(server.seen.length - before).toBe(2);
  });

  it("refuses to sign anything but a GET: a body would fail ProVision's hash", async () => {
    const conn = testConnectionOf("provision", `${server.baseUrl}/ex/api/v1/api.php`, { apiKey: API_KEY, secretKey: SECRET });
    const before = server.seen.length;
    await expect(callVendor(conn, { method: "POST", path: "", query: { target: "ipam", action: "smartAssign", mask: 28 } })).rejects.toThrow(/every call as a signed GET/);
    expect(server.seen.length).toBe(before);
  });

  it("reads success:0 at HTTP 200 as an error the admin can fix", async () => {
    const conn = testConnectionOf("provision", `${server.baseUrl}/ex/api/v1/api.php`, { apiKey: API_KEY, secretKey: SECRET });
    const error = (await callVendor(conn, { method: "GET", path: "", query: { target: "ipam", action: "get", block: "10.9.9.0/24" } }).catch((e: unknown) => e)) as VendorError;
    expect(error).toMatchObject({ code: "upstream_error", status: 200, detail: "Block not found" });
    expect(vendorErrorResponse(error)).toMatchObject({ status: 422, body: { message: "ProVision refused the request: Block not found." } });
  });

  it("says the signature was rejected when the secret is wrong", async () => {
    const conn = testConnectionOf("provision", `${server.baseUrl}/ex/api/v1/api.php`, { apiKey: API_KEY, secretKey: "0".repeat(32) });
    const error = (await callVendor(conn, { method: "GET", path: "", query: { target: "ipam", action: "get" } }).catch((e: unknown) => e)) as VendorError;
    expect(error).toMatchObject({ code: "upstream_unauthorized", status: 401 });
    expect(error.message).toMatch(/ProVision rejected the signature/);
    const check = await testConnection(conn);
    expect(check).toMatchObject({ ok: false, code: "upstream_unauthorized" });
  });

  it("testConnection makes one cheap signed call", async () => {
    const conn = testConnectionOf("provision", `${server.baseUrl}/ex/api/v1/api.php`, { apiKey: API_KEY, secretKey: SECRET });
    const check = await testConnection(conn);
    expect(check).toMatchObject({ ok: true, message: "ProVision accepted the signature." });
  });
});
