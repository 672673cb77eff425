import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { callVendor } from "./call-vendor";
import { vendorErrorResponse } from "./error-response";
import { startTestServer, testConnectionOf, type TSeenRequest, type TTestReply, type TTestServer } from "./testing/test-server";
import type { VendorError } from "./vendor-error";

const KEY = "nettica-api-core0000000000000000000000000000";
let server: TTestServer;
const counters = new Map<string, number>();

/** Scripted replies per path; every call is counted so the tests can see what reached the vendor. */
function route(req: TSeenRequest): TTestReply {
  if (req.headers["x-api-key"] !== KEY) return { status: 401, json: { error: "Unauthorized" } };
  const n = (counters.get(req.path) ?? 0) + 1;
  counters.set(req.path, n);
  switch (req.path) {
    case "/slow-list":
      return { json: [{ id: "device-1", n }], delayMs: 50 };
    case "/list":
      return { json: [{ id: "device-1", n }] };
    case "/device":
      return req.method === "POST" ? { status: 201, json: { id: `device-${n}` }, delayMs: 20 } : { json: [] };
    case "/flaky":
      return n === 1 ? { status: 503, json: { error: "Service Unavailable" }, headers: { "Retry-After": "1" } } : { json: { ok: true } };
    case "/always-503":
      return { status: 503, json: { error: "Service Unavailable" } };
    case "/hang":
      return { json: {}, delayMs: 1_000 };
    case "/moved":
      return { status: 302, headers: { location: "https://elsewhere.example/steal" } };
    case "/shape":
      return { json: { id: 42 } };
    case "/write-by-get":
      return n === 1 ? { status: 503, json: { error: "Service Unavailable" } } : { json: { assigned: n }, delayMs: 20 };
    case "/mixed-list":
      return { json: [{ id: 1 }, { id: "two" }, { id: 3 }] };
    default:
      return { status: 404, json: { error: "Not Found" } };
  }
}

beforeAll(async () => {
  server = await startTestServer(route);
});
afterAll(() => server.close());

const nettica = () => testConnectionOf("nettica", server.baseUrl, { apiKey: KEY });
const callsTo = (path: string) => counters.get(path) ?? 0;
const failure = (promise: Promise<unknown>) => promise.then(() => null, (e: unknown) => e as VendorError);

describe("coalescing and the short cache", () => {
  it("fifty concurrent identical GETs make one upstream call", async () => {
    const conn = nettica();
    const before = callsTo("/slow-list");
    const results = await Promise.all(Array.from({ length: 50 }, () => callVendor(conn, { method: "GET", path: "/slow-list" })));
    expect(callsTo("/slow-list") - before).toBe(1);
    expect(new Set(results.map((r) => JSON.stringify(r.data))).size).toBe(1);
    expect(results.filter((r) => r.source === "upstream")).toHaveLength(1);
    // Shared data is frozen: one caller cannot change what the others see.
    expect(() => {
      (results[0].data as { id: string }[])[0].id = "edited";
    }).toThrow(TypeError);
    expect((results[1].data as { id: string }[])[0].id).toBe("device-1");
  });

  it("serves the cache within cacheTtlMs and asks again after it", async () => {
    const conn = nettica();
    const before = callsTo("/list");
    const first = await callVendor(conn, { method: "GET", path: "/list", cacheTtlMs: 150 });
    const second = await callVendor(conn, { method: "GET", path: "/list", cacheTtlMs: 150 });
    expect(second.source).toBe("cache");
    expect(second.data).toEqual(first.data);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const third = await callVendor(conn, { method: "GET", path: "/list", cacheTtlMs: 150 });
    expect(third.source).toBe("upstream");
    expect(callsTo("/list") - before).toBe(2);
  });

  it("sends a fresh read (a connection test) to the vendor even while the same read is cached", async () => {
    const conn = nettica();
    const before = callsTo("/list");
    await callVendor(conn, { method: "GET", path: "/list", cacheTtlMs: 10_000 });
    const fresh = await callVendor(conn, { method: "GET", path: "/list", fresh: true });
    expect(fresh.source).toBe("upstream");
    expect(callsTo("/list") - before).toBe(2);
  });

  it("keeps connections, versions and queries apart", async () => {
    const conn = nettica();
    const before = callsTo("/list");
    await Promise.all([
      callVendor(conn, { method: "GET", path: "/list", cacheTtlMs: 1_000 }),
      callVendor({ ...conn, version: 2 }, { method: "GET", path: "/list", cacheTtlMs: 1_000 }),
      callVendor(conn, { method: "GET", path: "/list", query: { page: 2 }, cacheTtlMs: 1_000 }),
    ]);
    expect(callsTo("/list") - before).toBe(3);
  });

  it("never coalesces POSTs, and a write drops the connection's cached reads", async () => {
    const conn = nettica();
    await callVendor(conn, { method: "GET", path: "/list", cacheTtlMs: 10_000 });
    const before = callsTo("/device");
    const created = await Promise.all(Array.from({ length: 5 }, () => callVendor(conn, { method: "POST", path: "/device", body: { name: "x" } })));
    expect(callsTo("/device") - before).toBe(5);
    expect(created.every((r) => r.source === "upstream")).toBe(true);
    expect((await callVendor(conn, { method: "GET", path: "/list", cacheTtlMs: 10_000 })).source).toBe("upstream");
  });

  it("a read in flight while a change is made is not kept: it may predate the change", async () => {
    const conn = nettica();
    const before = callsTo("/slow-list");
    const inFlight = callVendor(conn, { method: "GET", path: "/slow-list", cacheTtlMs: 10_000 });
    await callVendor(conn, { method: "POST", path: "/device", body: { name: "y" } });
    await inFlight;
    expect((await callVendor(conn, { method: "GET", path: "/slow-list", cacheTtlMs: 10_000 })).source).toBe("upstream");
    expect(callsTo("/slow-list") - before).toBe(2);
  });

  it("a change that failed drops the cached reads too: its reply may have been lost after the vendor acted", async () => {
    const conn = nettica();
    await callVendor(conn, { method: "GET", path: "/list", cacheTtlMs: 10_000 });
    await failure(callVendor(conn, { method: "POST", path: "/always-503", body: {} }));
    expect((await callVendor(conn, { method: "GET", path: "/list", cacheTtlMs: 10_000 })).source).toBe("upstream");
  });
});

describe("idempotence is the operation's, not the method's", () => {
  it("a GET that changes something (idempotent: false) is never retried, shared or cached, and drops cached reads", async () => {
    const conn = nettica();
    const change = { method: "GET", path: "/write-by-get", idempotent: false, cacheTtlMs: 10_000 } as const;
    const refused = await failure(callVendor(conn, change));
    expect(refused).toMatchObject({ code: "upstream_unavailable", status: 503 });
    expect(callsTo("/write-by-get")).toBe(1); // a GET read would have been resent after the 503
    await callVendor(conn, { method: "GET", path: "/list", cacheTtlMs: 10_000 });
    const results = await Promise.all(Array.from({ length: 3 }, () => callVendor(conn, change)));
    expect(callsTo("/write-by-get")).toBe(4);
    expect(results.map((r) => r.source)).toEqual(["upstream", "upstream", "upstream"]);
    expect((await callVendor(conn, { method: "GET", path: "/list", cacheTtlMs: 10_000 })).source).toBe("upstream");
  });
});

describe("parsing a shared reply", () => {
  it("parses once for everyone it serves, and hands each the same frozen result", async () => {
    let parses = 0;
    const counted = z.array(z.object({ id: z.string() })).transform((list) => (parses++, list));
    const conn = nettica();
    const results = await Promise.all(Array.from({ length: 30 }, () => callVendor(conn, { method: "GET", path: "/slow-list", cacheTtlMs: 1_000 }, counted)));
    expect(parses).toBe(1);
    expect(new Set(results.map((r) => r.data)).size).toBe(1);
    expect(Object.isFrozen(results[0]!.data[0])).toBe(true);
  });
});

describe("tolerant lists", () => {
  it("leaves out the one record that does not fit and keeps the rest", async () => {
    const { zItems } = await import("@/lib/vendors/tolerant");
    const { withUnreadableScope } = await import("./unreadable-scope");
    const { value, unreadable } = await withUnreadableScope(() => callVendor(nettica(), { method: "GET", path: "/mixed-list" }, zItems(z.object({ id: z.number() }), "device")));
    expect(value.data).toEqual([{ id: 1 }, { id: 3 }]);
    expect(unreadable).toEqual({ count: 1, reasons: [expect.stringMatching(/^device 2 \(two\): id — /)] });
  });
});

describe("retries and timeouts", () => {
  it("never retries a POST on 503: the vendor sees exactly one call", async () => {
    const before = callsTo("/always-503");
    const error = await failure(callVendor(nettica(), { method: "POST", path: "/always-503", body: {} }));
    expect(callsTo("/always-503") - before).toBe(1);
    expect(error).toMatchObject({ code: "upstream_unavailable", status: 503, retryable: true });
    expect(vendorErrorResponse(error!).status).toBe(503);
  });

  it("retries a GET on 503 after the Retry-After the vendor asked for", async () => {
    const started = Date.now();
    const result = await callVendor(nettica(), { method: "GET", path: "/flaky" });
    expect(result.data).toEqual({ ok: true });
    expect(callsTo("/flaky")).toBe(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it("gives up on a GET after three attempts", async () => {
    const before = callsTo("/always-503");
    await failure(callVendor(nettica(), { method: "GET", path: "/always-503" }));
    expect(callsTo("/always-503") - before).toBe(3);
  });

  it("times out with upstream_timeout → 504", async () => {
    const error = await failure(callVendor(nettica(), { method: "GET", path: "/hang", timeoutMs: 100 }));
    expect(error).toMatchObject({ code: "upstream_timeout", status: 0 });
    expect(vendorErrorResponse(error!).status).toBe(504);
  });

  it("reports an unreachable vendor as upstream_unavailable", async () => {
    const closed = await startTestServer(() => ({ json: {} }));
    await closed.close();
    const conn = testConnectionOf("nettica", closed.baseUrl, { apiKey: KEY });
    const error = await failure(callVendor(conn, { method: "GET", path: "/net" }));
    expect(error).toMatchObject({ code: "upstream_unavailable", status: 0 });
    expect(error!.message).toContain("refused the connection");
  });
});

describe("outbound hygiene and replies", () => {
  it("refuses paths that could leave the base URL, before any call", async () => {
    const conn = nettica();
    for (const path of ["https://evil.example/x", "//evil.example/x", "/a/../../admin", "/a/%2e%2e/b", "/a?b=1", "device"]) {
      await expect(callVendor(conn, { method: "GET", path })).rejects.toThrow(TypeError);
    }
  });

  it("refuses browser headers", async () => {
    await expect(callVendor(nettica(), { method: "GET", path: "/list", headers: { Cookie: "sid=1" } })).rejects.toThrow(/may not be sent/);
  });

  it("does not follow redirects", async () => {
    const error = await failure(callVendor(nettica(), { method: "GET", path: "/moved" }));
    expect(error).toMatchObject({ code: "upstream_error", status: 302 });
  });

  it("parses with a zod schema and reports a mismatch as upstream_error", async () => {
    const ok = await callVendor(nettica(), { method: "GET", path: "/shape" }, z.object({ id: z.number() }));
    expect(ok.data.id).toBe(42);
    const error = await failure(callVendor(nettica(), { method: "GET", path: "/shape" }, z.object({ id: z.string() })));
    expect(error).toMatchObject({ code: "upstream_error", status: 200 });
    expect(vendorErrorResponse(error!).status).toBe(502);
  });
});
