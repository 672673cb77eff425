import "server-only";
import { randomUUID } from "node:crypto";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import type { TVendor } from "@/lib/vendors/registry";
import type { TUpstreamConnection } from "../types";

/** What the test server saw: the raw path and query exactly as sent. */
export type TSeenRequest = { method: string; url: string; path: string; rawQuery: string; headers: IncomingHttpHeaders; body: string };
export type TTestReply = { status?: number; json?: unknown; text?: string; headers?: Record<string, string>; delayMs?: number };
export type TTestRoute = (request: TSeenRequest) => TTestReply | Promise<TTestReply>;
export type TTestServer = { baseUrl: string; seen: TSeenRequest[]; close(): Promise<void> };

/** A real HTTP server on 127.0.0.1 and a free port, answering with `route`. */
export async function startTestServer(route: TTestRoute): Promise<TTestServer> {
  const seen: TSeenRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", async () => {
      const url = req.url ?? "/";
      const q = url.indexOf("?");
      const request: TSeenRequest = {
        method: req.method ?? "GET",
        url,
        path: q < 0 ? url : url.slice(0, q),
        rawQuery: q < 0 ? "" : url.slice(q + 1),
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      seen.push(request);
      const reply = await route(request);
      if (reply.delayMs) await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
      if (res.destroyed) return;
      const body = reply.json !== undefined ? JSON.stringify(reply.json) : (reply.text ?? "");
      const type = reply.json !== undefined ? { "content-type": "application/json" } : {};
      res.writeHead(reply.status ?? 200, { ...type, ...reply.headers });
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A fresh connection (new id, so no cache or token is shared between tests). */
export function testConnectionOf(vendor: TVendor, baseUrl: string, values: Record<string, string>): TUpstreamConnection {
  return { id: randomUUID(), version: 1, vendor, name: `Test ${vendor}`, baseUrl, values };
}
