import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { config, proxy } from "./proxy";

const ORIGIN = "http://console.test";
const request = (path: string, init: { method?: string; headers?: Record<string, string> } = {}) => new NextRequest(`${ORIGIN}${path}`, init);
const signedIn = { cookie: "next-auth.session-token=abc" };

describe("proxy", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("runs for every page and API call (prefetches and API changes included), not for static files nor the vendor BFF's well-formed paths", () => {
    const matches = (url: string, headers: Record<string, string> = {}) => unstable_doesMiddlewareMatch({ config, url, headers });
    for (const url of ["/", "/login", "/setup", "/nettica/devices/x", "/no-such-page", "/api/health", "/api/auth/session", "/api/v/nettica/c/devices/%zz"]) expect(matches(url), url).toBe(true);
    // The BFF sets its own headers (bff-headers.ts); a path with a % still has its encoding checked here.
    expect(matches("/api/v/nettica/c/devices")).toBe(false);
    expect(matches("/api/users", { "next-router-prefetch": "1" })).toBe(true);
    for (const url of ["/_next/static/chunks/a.js", "/_next/image?url=x", "/favicon.ico"]) expect(matches(url), url).toBe(false);
    expect(matches("/nettica", { "next-router-prefetch": "1" })).toBe(false);
  });

  it("gives every page its own nonce, in the response's CSP and in the request Next.js renders", () => {
    const first = proxy(request("/nettica", { headers: signedIn }));
    const second = proxy(request("/nettica", { headers: signedIn }));
    const policy = first.headers.get("content-security-policy")!;
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toBeTruthy();
    expect(second.headers.get("content-security-policy")).not.toContain(nonce);
    expect(first.headers.get("x-middleware-request-x-nonce")).toBe(nonce);
    expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
  });

  it("sends signed-out browsers to sign in, with the CSP on the redirect, but lets /login and /setup render", () => {
    const redirect = proxy(request("/ipam?type=IPv4"));
    expect(redirect.status).toBe(307);
    expect(redirect.headers.get("location")).toBe(`${ORIGIN}/login?callbackUrl=%2Fipam%3Ftype%3DIPv4`);
    expect(redirect.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    for (const open of ["/login", "/setup"]) expect(proxy(request(open)).headers.get("x-middleware-next")).toBe("1");
  });

  it("marks every API answer no-store with a data-only CSP, and refuses changes from another origin", () => {
    vi.stubEnv("NEXTAUTH_URL", ORIGIN);
    const read = proxy(request("/api/overview"));
    expect(read.headers.get("cache-control")).toBe("no-store");
    expect(read.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(proxy(request("/api/users", { method: "POST", headers: { origin: ORIGIN } })).headers.get("x-middleware-next")).toBe("1");
    for (const headers of [{ origin: "https://evil.example" }, { origin: "null" }, {}] as Record<string, string>[]) {
      const refused = proxy(request("/api/auth/callback/credentials", { method: "POST", headers }));
      expect(refused.status).toBe(403);
      expect(refused.headers.get("cache-control")).toBe("no-store");
    }
  });

  it("answers 400 for a path that is not validly percent-encoded, instead of Next.js's 500", async () => {
    const api = proxy(request("/api/v/nettica/x/devices/%zz"));
    expect(api.status).toBe(400);
    expect(await api.json()).toMatchObject({ error: "bad_request" });
    expect(proxy(request("/nettica/%c0%ae", { headers: signedIn })).status).toBe(400);
  });

  it("adds HSTS only when the console is reached over HTTPS", () => {
    vi.stubEnv("NEXTAUTH_URL", "");
    expect(proxy(request("/login")).headers.get("strict-transport-security")).toBeNull();
    expect(proxy(request("/login", { headers: { "x-forwarded-proto": "https" } })).headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
    expect(proxy(request("/api/health", { headers: { "x-forwarded-proto": "https" } })).headers.get("strict-transport-security")).toContain("max-age=63072000");
  });
});
