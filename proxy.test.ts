import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { config, proxy } from "./proxy";

const ORIGIN = "http://console.test";
const request = (path: string, init: { method?: string; headers?: Record<string, string> } = {}) => new NextRequest(`${ORIGIN}${path}`, init);
const signedIn = { cookie: "next-auth.session-token=abc" };

describe("proxy", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("runs for every page and API call (prefetches and API changes included) and built scripts, not for images nor the vendor BFF's well-formed paths", async () => {
    const matches = (url: string, headers: Record<string, string> = {}) => unstable_doesMiddlewareMatch({ config, url, headers });
    for (const url of ["/", "/login", "/setup", "/nettica/devices/x", "/no-such-page", "/api/health", "/api/auth/session", "/api/v/nettica/c/devices/%zz"]) expect(matches(url), url).toBe(true);
    // The BFF sets its own headers (bff-headers.ts); a path with a % still has its encoding checked here.
    expect(matches("/api/v/nettica/c/devices")).toBe(false);
    expect(matches("/api/users", { "next-router-prefetch": "1" })).toBe(true);
    for (const url of ["/_next/image?url=x", "/favicon.ico"]) expect(matches(url), url).toBe(false);
    expect(matches("/_next/static/chunks/a.js")).toBe(true);
    expect(matches("/nettica", { "next-router-prefetch": "1" })).toBe(false);
  });

  it("gives every page its own nonce, in the response's CSP and in the request Next.js renders", async () => {
    const first = await proxy(request("/nettica", { headers: signedIn }));
    const second = await proxy(request("/nettica", { headers: signedIn }));
    const policy = first.headers.get("content-security-policy")!;
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toBeTruthy();
    expect(second.headers.get("content-security-policy")).not.toContain(nonce);
    expect(first.headers.get("x-middleware-request-x-nonce")).toBe(nonce);
    expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
  });

  it("sends signed-out browsers to sign in, with the CSP on the redirect, but lets /login and /setup render", async () => {
    const redirect = await proxy(request("/ipam?type=IPv4"));
    expect(redirect.status).toBe(307);
    expect(redirect.headers.get("location")).toBe(`${ORIGIN}/login?callbackUrl=%2Fipam%3Ftype%3DIPv4`);
    expect(redirect.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    for (const open of ["/login", "/setup"]) expect((await proxy(request(open))).headers.get("x-middleware-next")).toBe("1");
  });

  it("marks every API answer no-store with a data-only CSP, and refuses changes from another origin", async () => {
    vi.stubEnv("NEXTAUTH_URL", ORIGIN);
    const read = await proxy(request("/api/overview"));
    expect(read.headers.get("cache-control")).toBe("no-store");
    expect(read.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect((await proxy(request("/api/users", { method: "POST", headers: { origin: ORIGIN } }))).headers.get("x-middleware-next")).toBe("1");
    for (const headers of [{ origin: "https://evil.example" }, { origin: "null" }, {}] as Record<string, string>[]) {
      const refused = (await proxy(request("/api/auth/callback/credentials", { method: "POST", headers })));
      expect(refused.status).toBe(403);
      expect(refused.headers.get("cache-control")).toBe("no-store");
    }
  });

  it("answers 400 for a path that is not validly percent-encoded, instead of Next.js's 500", async () => {
    const api = (await proxy(request("/api/v/nettica/x/devices/%zz")));
    expect(api.status).toBe(400);
    expect(await api.json()).toMatchObject({ error: "bad_request" });
    expect((await proxy(request("/nettica/%c0%ae", { headers: signedIn }))).status).toBe(400);
  });

  it("sends a built script's brotli copy to a browser that takes brotli, and leaves the rest to Next.js", async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "patchbay-static-"));
    const brotli = Buffer.from([0x1b, 0x03, 0x00, 0xf8, 0x25]);
    fs.mkdirSync(path.join(root, ".next", "static", "chunks"), { recursive: true });
    fs.writeFileSync(path.join(root, ".next", "static", "chunks", "a1.js.br"), brotli);
    vi.spyOn(process, "cwd").mockReturnValue(root);
    try {
      const sent = await proxy(request("/_next/static/chunks/a1.js", { headers: { "accept-encoding": "gzip, deflate, br, zstd" } }));
      expect(sent.headers.get("content-encoding")).toBe("br");
      expect(sent.headers.get("content-type")).toBe("application/javascript; charset=UTF-8");
      expect(sent.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
      expect(sent.headers.get("vary")).toBe("Accept-Encoding");
      expect(Buffer.from(await sent.arrayBuffer())).toEqual(brotli);
      for (const [path, acceptEncoding] of [["/_next/static/chunks/a1.js", "gzip, deflate"], ["/_next/static/chunks/a1.js", "br;q=0, gzip"], ["/_next/static/chunks/none.js", "br"], ["/_next/static/chunks/a1.js.map", "br"]]) {
        expect((await proxy(request(path!, { headers: { "accept-encoding": acceptEncoding! } }))).headers.get("x-middleware-next"), `${path} ${acceptEncoding}`).toBe("1");
      }
    } finally {
      vi.restoreAllMocks();
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it("adds HSTS only when the console is reached over HTTPS", async () => {
    vi.stubEnv("NEXTAUTH_URL", "");
    expect((await proxy(request("/login"))).headers.get("strict-transport-security")).toBeNull();
    expect((await proxy(request("/login", { headers: { "x-forwarded-proto": "https" } }))).headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
    expect((await proxy(request("/api/health", { headers: { "x-forwarded-proto": "https" } }))).headers.get("strict-transport-security")).toContain("max-age=63072000");
  });
});
