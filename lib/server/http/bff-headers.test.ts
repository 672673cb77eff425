import { afterEach, describe, expect, it, vi } from "vitest";
import { withBffHeaders } from "./bff-headers";

describe("the vendor BFF's own API headers", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("keep reads private and revalidated, changes unstored, and every answer under the data-only CSP", () => {
    const read = withBffHeaders(new Request("http://console.test/api/v/nettica/c/devices"), Response.json({ devices: [] }));
    expect(read.headers.get("cache-control")).toBe("private, no-cache");
    expect(read.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(read.headers.get("strict-transport-security")).toBeNull();
    const change = withBffHeaders(new Request("http://console.test/api/v/nettica/c/vpns/x/enable", { method: "PATCH" }), Response.json({ ok: true }));
    expect(change.headers.get("cache-control")).toBe("no-store");
  });

  it("send HSTS over HTTPS, and leave an answer's own Cache-Control alone", async () => {
    vi.stubEnv("NEXTAUTH_URL", "https://patchbay.example.test");
    const file = new Response("a,b\n", { headers: { "cache-control": "no-store", "content-type": "text/csv" } });
    const served = withBffHeaders(new Request("https://patchbay.example.test/api/v/n2n/c/devices/x/export"), file);
    expect(served.headers.get("strict-transport-security")).toContain("max-age=");
    expect(served.headers.get("cache-control")).toBe("no-store");
    expect(await served.text()).toBe("a,b\n");
  });
});
