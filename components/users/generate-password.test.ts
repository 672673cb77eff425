import { describe, expect, it } from "vitest";
import { ZPassword } from "@/lib/setup-input";
import { generatePassword } from "./generate-password";

describe("a generated temporary password", () => {
  it("meets the console's password rules and reads in groups of five", () => {
    const password = generatePassword();
    expect(password).toMatch(/^[a-km-zA-HJ-NP-Z2-9]{5}(-[a-km-zA-HJ-NP-Z2-9]{5}){3}$/);
    expect(ZPassword.safeParse(password).success).toBe(true);
  });

  it("differs every time", () => {
    const seen = new Set(Array.from({ length: 200 }, () => generatePassword()));
    expect(seen.size).toBe(200);
  });

  it("skips bytes that would favour some characters", () => {
    // 57 characters: bytes 228–255 are refused; all-255 bytes would never end, so the second call gives 0s.
    let call = 0;
    const password = generatePassword((bytes) => bytes.fill(call++ === 0 ? 255 : 0));
    expect(password).toBe("aaaaa-aaaaa-aaaaa-aaaaa");
  });
});
