import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { errorResponse } from "../http/error-response";
import { defineOperation } from "./define-operation";
import { serveOperation } from "./serve-operation";
import { testUser } from "./testing/call-operation";
import { reportToScope } from "../upstream/unreadable-scope";

const CONNECTION_ID = "6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f";
const handled = vi.fn(async (ctx: { params: Record<string, string>; input: unknown; otp?: string }) => ({ params: ctx.params, input: ctx.input, otp: ctx.otp ?? null }));

vi.mock("../audit", () => ({ audit: vi.fn(async () => undefined) }));
vi.mock("../connections", () => ({
  upstreamConnection: vi.fn(async (id: string) => {
    if (id !== "6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f") throw Object.assign(new Error("Connection not found"), { status: 404 });
    return { id, version: 1, vendor: "nettica", name: "test", baseUrl: "http://127.0.0.1:9", values: {} };
  }),
}));
vi.mock("./vendor-operations", () => ({
  vendorOperations: (vendor: string) =>
    vendor !== "nettica"
      ? []
      : [
          defineOperation({ name: "listDevices", method: "GET", path: "devices", role: "viewer", input: z.object({ q: z.string().optional(), limit: z.coerce.number().optional() }), handler: (ctx) => handled(ctx) }),
          defineOperation({ name: "getDevice", method: "GET", path: "devices/:id", role: "viewer", handler: (ctx) => handled(ctx) }),
          defineOperation({
            name: "listNets",
            method: "GET",
            path: "nets",
            role: "viewer",
            handler: async () => {
              // What the upstream core does when a zItems list leaves a record out; the same record read twice counts once.
              const odd = { record: "network 2 (net-2)", path: "default", message: "Invalid input" };
              reportToScope("nettica.listNets", [odd]);
              reportToScope("nettica.listNets", [odd]);
              return { nets: [{ id: "net-1" }] };
            },
          }),
          defineOperation({
            name: "exportNets",
            method: "GET",
            path: "nets/export",
            role: "viewer",
            handler: async () => {
              reportToScope("nettica.exportNets", [{ record: "network 1", path: "", message: "Invalid input" }]);
              return new Response("id,name\r\nnet-1,lab\r\n", { headers: { "content-type": "text/csv; charset=utf-8" } });
            },
          }),
          defineOperation({ name: "enableVpn", method: "PATCH", path: "vpns/:id/enable", role: "operator", handler: (ctx) => handled(ctx) }),
          defineOperation({ name: "renameDevice", method: "POST", path: "devices/:id/name", role: "operator", input: z.object({ name: z.string(), notes: z.string().optional() }), handler: (ctx) => handled(ctx) }),
        ],
}));

const { upstreamConnection } = await import("../connections");

type TCall = { method?: string; connection?: string; path: string; role?: "viewer" | "operator" | "admin"; body?: string; headers?: Record<string, string>; query?: string };

/** The catch-all route's answer: serveOperation's response, or what errorResponse makes of what it threw. */
async function call({ method = "GET", connection = CONNECTION_ID, path, role = "admin", body, headers = {}, query = "" }: TCall) {
  const req = new NextRequest(`http://console.test/api/v/nettica/${connection}/${path}${query}`, { method, body, headers });
  const response = await serveOperation(req, testUser(role), { vendor: "nettica", connection, path: path.split("/").map(decodeURIComponent) }).catch(errorResponse);
  return { status: response.status, body: (await response.json().catch(() => null)) as { error?: string; message?: string; input?: unknown; params?: unknown; otp?: unknown } | null };
}
const json = { "content-type": "application/json" };

describe("serving a vendor operation", () => {
  beforeEach(() => {
    handled.mockClear();
    vi.mocked(upstreamConnection).mockClear();
  });

  it("serves only declared operations, with their methods, to their roles", async () => {
    expect((await call({ path: "devices/dev-1" })).body?.params).toEqual({ id: "dev-1" });
    expect((await call({ path: "devices/dev-1/extra" })).status).toBe(404);
    expect((await call({ path: "devices", method: "DELETE" })).status).toBe(405);
    expect((await call({ path: "vpns/v-1/enable", method: "PATCH", role: "viewer" })).status).toBe(403);
    // Only the first (served) call looked its connection up: a refusal needs none.
    expect(upstreamConnection).toHaveBeenCalledTimes(1);
    const other = await serveOperation(new NextRequest("http://console.test/x"), testUser("admin"), { vendor: "nope", connection: CONNECTION_ID, path: ["devices"] }).catch(errorResponse);
    expect(other.status).toBe(404);
  });

  it("says in a read's answer which vendor records it left out, and says nothing when none were", async () => {
    const nets = await call({ path: "nets" });
    expect(nets.body).toEqual({ nets: [{ id: "net-1" }], unreadable: { count: 1, reasons: ["network 2 (net-2): default — Invalid input"] } });
    expect((await call({ path: "devices/dev-1" })).body).not.toHaveProperty("unreadable");
  });

  it("refuses connection ids that are neither a UUID nor env:<vendor> before looking them up", async () => {
    for (const connection of ["-".repeat(36), "..", "env:..", "http:%2F%2Fcanary", "env:nope"]) {
      expect((await call({ path: "devices", connection })).status, connection).toBe(404);
    }
    expect(upstreamConnection).not.toHaveBeenCalled();
  });

  it("refuses path parameters that are traversals, separators or control characters", async () => {
    for (const id of ["..", ".", "%2e%2e", "a%2Fb", "a%5Cb", "%0d%0a", "a%00b", "http%3A%2F%2Fcanary"]) {
      expect((await call({ path: `devices/${id}` })).status, id).toBe(404);
    }
    expect(handled).not.toHaveBeenCalled();
  });

  it("reads a query of declared names, each once, without control characters", async () => {
    expect((await call({ path: "devices", query: "?q=lab&limit=5" })).body?.input).toEqual({ q: "lab", limit: 5 });
    for (const query of ["?url=http://canary", "?q=a&q=b", "?q=a%0D%0AX-Injected:%201", "?q=%00", "?constructor=x"]) {
      const { status, body } = await call({ path: "devices", query });
      expect(status, query).toBe(400);
      expect(body?.message, query).toBeTruthy();
    }
    expect((await call({ path: "devices/dev-1", query: "?q=x" })).status).toBe(400);
    expect(handled).toHaveBeenCalledTimes(1);
  });

  it("reads a change's JSON body: declared fields, the right type, bounded, no CR or NUL", async () => {
    expect((await call({ method: "POST", path: "devices/d/name", headers: json, body: JSON.stringify({ name: "lab", notes: "line\nline" }) })).body?.input).toEqual({ name: "lab", notes: "line\nline" });
    expect((await call({ method: "PATCH", path: "vpns/v-1/enable" })).status).toBe(200);
    expect((await call({ method: "PATCH", path: "vpns/v-1/enable", headers: json, body: "{}" })).status).toBe(200);
    const refused: Array<[number, Partial<TCall>]> = [
      [400, { body: JSON.stringify({ name: "a\r\nX-Injected: 1" }) }],
      [400, { body: JSON.stringify({ name: "x", baseUrl: "http://canary" }) }],
      [400, { body: '{"name":"x","__proto__":{"role":"admin"}}' }],
      [400, { body: "[]" }],
      [400, { body: "{" }],
      [400, { body: JSON.stringify({ name: "x" }), query: "?url=http://canary" }],
      [413, { body: JSON.stringify({ name: "x".repeat(70_000) }) }],
      [415, { body: JSON.stringify({ name: "x" }), headers: { "content-type": "text/plain" } }],
      [415, { body: JSON.stringify({ name: "x" }), headers: {} }],
      [400, { body: JSON.stringify({ name: "x" }), headers: { ...json, "x-vendor-otp": "../../x" } }],
    ];
    for (const [status, request] of refused) {
      const { status: got, body } = await call({ method: "POST", path: "devices/d/name", headers: json, ...request });
      expect(got, JSON.stringify(request).slice(0, 80)).toBe(status);
      expect(body?.message).toBeTruthy();
    }
    expect((await call({ method: "PATCH", path: "vpns/v-1/enable", headers: json, body: JSON.stringify({ url: "//canary" }) })).status).toBe(400);
    expect(handled).toHaveBeenCalledTimes(3);
  });

  it("sends a file an operation built (a CSV export) as it is, not wrapped in JSON", async () => {
    const req = new NextRequest(`http://console.test/api/v/nettica/${CONNECTION_ID}/nets/export`);
    const response = await serveOperation(req, testUser("viewer"), { vendor: "nettica", connection: CONNECTION_ID, path: ["nets", "export"] });
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(await response.text()).toBe("id,name\r\nnet-1,lab\r\n");
  });

  it("passes a one-time code of digits to the operation", async () => {
    expect((await call({ path: "devices/d-1", headers: { "x-vendor-otp": "123456" } })).body?.otp).toBe("123456");
  });
});
