import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { brotliCompressSync, brotliDecompressSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { brotliStatic } from "./brotli-static.mjs";

// A real HTTP server in front of the handler, read with node:http (which decodes nothing): the
// bytes a browser gets, and whether they decode to the script.
const script = "console.log('patchbay');\n".repeat(200);
let root: string;
let server: http.Server;
let base: string;

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "patchbay-static-"));
  fs.mkdirSync(path.join(root, "chunks"));
  fs.writeFileSync(path.join(root, "chunks", "a1.js"), script);
  fs.writeFileSync(path.join(root, "chunks", "a1.js.br"), brotliCompressSync(script));
  const serve = brotliStatic(root);
  server = http.createServer((req, res) => {
    void serve(req, res).then((served) => {
      if (!served) res.writeHead(404, { "x-left-to": "next" }).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  fs.rmSync(root, { recursive: true, force: true });
});

function get(pathname: string, acceptEncoding: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http.get(`${base}${pathname}`, { headers: { "accept-encoding": acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on("error", reject);
  });
}

describe("built scripts sent as their brotli copy", () => {
  it("sends the copy to a browser that takes brotli, and it decodes to the script", async () => {
    const sent = await get("/_next/static/chunks/a1.js", "gzip, deflate, br, zstd");
    expect(sent.status).toBe(200);
    expect(sent.headers).toMatchObject({ "content-encoding": "br", "content-type": "application/javascript; charset=UTF-8", "cache-control": "public, max-age=31536000, immutable", vary: "Accept-Encoding" });
    expect(sent.body.length).toBeLessThan(script.length / 10);
    expect(brotliDecompressSync(sent.body).toString()).toBe(script);
  });

  it("leaves to Next.js a browser without brotli, a script without a copy, and anything not a built script", async () => {
    for (const [pathname, encoding] of [
      ["/_next/static/chunks/a1.js", "gzip, deflate"],
      ["/_next/static/chunks/a1.js", "br;q=0, gzip"],
      ["/_next/static/chunks/none.js", "br"],
      ["/_next/static/chunks/a1.js.map", "br"],
      ["/login", "br"],
    ] as const) {
      expect((await get(pathname, encoding)).headers["x-left-to"], `${pathname} (${encoding})`).toBe("next");
    }
  });
});
