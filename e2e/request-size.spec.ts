import http from "node:http";
import { expect, test } from "@playwright/test";
import { E2E } from "../playwright.config";
import { signIn } from "../scripts/demo/console-api";
import { NETTICA_CREDENTIALS } from "../simulators/credentials";
import { admin, simulatorUrl } from "./support";

// A body over the API's 64 KB gets 413, however it is sent: with a Content-Length, or chunked
// (no length to refuse it by, and Next.js cuts what it buffers for the proxy without a word).
const base = `http://127.0.0.1:${E2E.consolePort}`;

function send(cookie: string, method: string, path: string, bytes: number, chunked: boolean): Promise<{ status: number; body: string }> {
  const body = Buffer.from(JSON.stringify({ email: "big@patchbay.test", name: "x".repeat(bytes), role: "viewer", password: "long-enough-password-1" }));
  return new Promise((resolve, reject) => {
    const headers = { cookie, origin: base, "content-type": "application/json", ...(chunked ? { "transfer-encoding": "chunked" } : { "content-length": String(body.length) }) };
    const req = http.request(`${base}${path}`, { method, headers }, (res) => {
      let text = "";
      res.on("data", (chunk: Buffer) => (text += chunk.toString()));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on("error", reject);
    if (!chunked) return req.end(body);
    for (let at = 0; at < body.length; at += 16_384) req.write(body.subarray(at, at + 16_384));
    req.end();
  });
}

test("a body over 64 KB is refused with 413 whether it is sized or chunked, on every kind of route", async () => {
  const session = await signIn(base, admin.email, admin.password);
  const { cookie } = session;
  const added = await fetch(`${base}/api/connections`, {
    method: "POST",
    headers: { cookie, origin: base, "content-type": "application/json" },
    body: JSON.stringify({ vendor: "nettica", name: `Nettica size ${Date.now()}`, baseUrl: `${simulatorUrl}/nettica`, values: { apiKey: NETTICA_CREDENTIALS.apiKey } }),
  });
  const { connection } = (await added.json()) as { connection: { id: string } };
  // Through the proxy (users, connections) and past it (the vendor BFF reads the stream itself).
  const routes = [["POST", "/api/users"], ["POST", "/api/connections"], ["PATCH", `/api/v/nettica/${connection.id}/vpns/vpn-x/enable`]] as const;
  for (const [method, path] of routes) {
    for (const bytes of [100_000, 3_000_000]) {
      for (const chunked of [false, true]) {
        const answer = await send(cookie, method, path, bytes, chunked).catch((error: Error) => ({ status: 0, body: error.message }));
        expect(answer.status, `${method} ${path}, ${bytes} bytes, ${chunked ? "chunked" : "sized"}: ${answer.body.slice(0, 120)}`).toBe(413);
      }
    }
  }
});
