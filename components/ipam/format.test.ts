import { describe, expect, it } from "vitest";
import { fitsText, formatAddressCount, formatPercent } from "./format";

describe("IPAM formatting", () => {
  it("shows utilisation as a percentage with sensible precision", () => {
    expect([0, 0.5, 0.078125, 0.003937, 0.00003, 0.425, 1, 0.99999].map(formatPercent)).toEqual(["0%", "50%", "7.81%", "0.39%", "<0.01%", "42.5%", "100%", ">99.9%"]);
  });

  it("shows sizes exactly when they are readable, as powers of two or ≈ otherwise", () => {
    expect(formatAddressCount("65536")).toBe("65,536");
    expect(formatAddressCount((2n ** 96n).toString())).toBe("2⁹⁶");
    expect(formatAddressCount((2n * 2n ** 80n + 2n ** 88n).toString())).toBe("≈3.1 × 10²⁶");
    expect(fitsText("ipv4", 17)).toBe("fits 128 × /24");
    expect(fitsText("ipv4", 25)).toBeNull();
    expect(fitsText("ipv6", 33)).toBe("fits 32,768 × /48");
  });
});
