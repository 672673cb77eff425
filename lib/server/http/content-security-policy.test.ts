import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { INLINE_STYLE_HASHES, cspNonce, pageContentSecurityPolicy, servedOverHttps } from "./content-security-policy";

const root = path.resolve(import.meta.dirname, "../../..");
const hashOf = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
/** The JSON string literal after the last `marker` in a source file. */
function literalAfter(file: string, marker: string): string {
  const source = fs.readFileSync(path.join(root, file), "utf8");
  const match = source.slice(source.lastIndexOf(marker) + marker.length).match(/^\s*("(?:[^"\\]|\\.)*")/);
  if (!match) throw new Error(`No string after ${marker} in ${file}`);
  return JSON.parse(match[1]!) as string;
}

describe("content security policy", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("allows exactly the inline styles the app inserts without a nonce (update the hashes when these change)", () => {
    const sonner = literalAfter("node_modules/sonner/dist/index.mjs", "__insertCSS(");
    const slide = literalAfter("components/acreto/commit-progress.tsx", "const SLIDE =");
    expect([...INLINE_STYLE_HASHES]).toEqual([hashOf(""), hashOf(sonner), hashOf(slide)]);
  });

  it("gives pages nonce-only scripts, no eval outside development, and no framing", () => {
    const nonce = cspNonce();
    expect(Buffer.from(nonce, "base64")).toHaveLength(16);
    expect(cspNonce()).not.toBe(nonce);
    const policy = pageContentSecurityPolicy(nonce);
    expect(policy).toContain(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    expect(policy).not.toMatch(/unsafe-eval|unsafe-inline/);
    for (const directive of ["frame-ancestors 'none'", "base-uri 'none'", "object-src 'none'", "form-action 'self'", "connect-src 'self'", "img-src 'self' data: blob:"]) {
      expect(policy).toContain(directive);
    }
    expect(pageContentSecurityPolicy(nonce, true)).toContain("'unsafe-eval'");
  });

  it("sends HSTS only over HTTPS", () => {
    vi.stubEnv("NEXTAUTH_URL", "");
    expect(servedOverHttps(new Request("http://console.test/"))).toBe(false);
    expect(servedOverHttps(new Request("http://console.test/", { headers: { "x-forwarded-proto": "https" } }))).toBe(true);
    expect(servedOverHttps(new Request("http://console.test/", { headers: { "x-forwarded-proto": "http" } }))).toBe(false);
    expect(servedOverHttps(new Request("https://console.test/"))).toBe(true);
    vi.stubEnv("NEXTAUTH_URL", "https://console.example.com");
    expect(servedOverHttps(new Request("http://127.0.0.1/"))).toBe(true);
  });
});
