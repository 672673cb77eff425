import { generateSync } from "otplib";
import { describe, expect, it } from "vitest";
import { matchTotpStep, newTotpSecret, totpUri } from "./totp";

const secret = newTotpSecret();
// 12:00:10 into a 30-second step, so neighbours are clearly one step away.
const now = Date.UTC(2026, 0, 15, 12, 0, 10);
const step = Math.floor(now / 1000 / 30);
const codeAt = (s: number) => generateSync({ secret, epoch: s * 30 });

describe("console TOTP (RFC 6238, SHA-1, 6 digits, 30 s, ±1 step)", () => {
  it("accepts the current step and one step either side, and nothing further", () => {
    expect(matchTotpStep(secret, codeAt(step), now)).toBe(step);
    expect(matchTotpStep(secret, codeAt(step - 1), now)).toBe(step - 1);
    expect(matchTotpStep(secret, codeAt(step + 1), now)).toBe(step + 1);
    expect(matchTotpStep(secret, codeAt(step - 2), now)).toBeNull();
    expect(matchTotpStep(secret, codeAt(step + 2), now)).toBeNull();
  });

  it("refuses a code whose step is not after the last one used (replay)", () => {
    const code = codeAt(step);
    const used = matchTotpStep(secret, code, now);
    expect(used).toBe(step);
    expect(matchTotpStep(secret, code, now, used)).toBeNull();
    expect(matchTotpStep(secret, codeAt(step - 1), now, used)).toBeNull();
    expect(matchTotpStep(secret, codeAt(step + 1), now, used)).toBe(step + 1);
  });

  it("refuses malformed codes and another secret's code", () => {
    expect(matchTotpStep(secret, "12345", now)).toBeNull();
    expect(matchTotpStep(secret, "abcdef", now)).toBeNull();
    expect(matchTotpStep(newTotpSecret(), codeAt(step), now)).toBeNull();
  });

  it("matches the RFC 6238 SHA-1 test vector", () => {
    // RFC 6238 Appendix B: secret "12345678901234567890", T = 59 s → 94287082 (8 digits); 6 digits → 287082.
    const rfcSecret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    expect(matchTotpStep(rfcSecret, "287082", 59_000)).toBe(1);
  });

  it("puts issuer Patchbay and the account in the otpauth:// URL", () => {
    const uri = totpUri("ana@example.test", secret);
    expect(decodeURIComponent(uri)).toMatch(/^otpauth:\/\/totp\/Patchbay:ana@example\.test\?/);
    const url = new URL(uri);
    expect(url.searchParams.get("issuer")).toBe("Patchbay");
    expect(url.searchParams.get("secret")).toBe(secret);
  });
});
