import { describe, expect, it } from "vitest";
import { detailLabel, detailValue, detailsSummary } from "./audit-details";

describe("audit details in words", () => {
  it("reads changes, lists and plain values", () => {
    expect(detailValue({ from: "viewer", to: "admin" })).toBe("viewer → admin");
    expect(detailValue(["apiKey", "secret"])).toBe("apiKey, secret");
    expect(detailValue([])).toBe("none");
    expect(detailValue(false)).toBe("false");
    expect(detailValue(null)).toBe("—");
    expect(detailValue({ from: "", to: "Nina" })).toBe("(none) → Nina");
    expect(detailValue({ fullWarningPercent: 80 })).toBe('{"fullWarningPercent":80}');
  });

  it("labels keys in words and sums them up in one line", () => {
    expect(detailLabel("replacedSecrets")).toBe("replaced secrets");
    expect(detailLabel("mfa_removed")).toBe("mfa removed");
    expect(detailsSummary({ reason: "invalid credentials" })).toBe("reason: invalid credentials");
    expect(detailsSummary({ connection: "Acreto lab", error: "x".repeat(100) }, 40)).toHaveLength(40);
    expect(detailsSummary({})).toBe("");
  });
});
