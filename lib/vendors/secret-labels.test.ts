import { expect, test } from "vitest";
import { secretBadgeText, SECRET_LABELS } from "./secret-labels";
import { VENDOR_INFO, VENDORS } from "./vendor-info";

test("names every secret field of every vendor in words, not as its key", () => {
  for (const vendor of VENDORS) {
    const secrets = VENDOR_INFO[vendor].fields.filter((field) => field.secret);
    expect(Object.keys(SECRET_LABELS[vendor]).sort(), vendor).toEqual(secrets.map((field) => field.key).sort());
    for (const field of secrets) {
      const label = SECRET_LABELS[vendor][field.key]!;
      expect(label, `${vendor}.${field.key}`).toMatch(/^[A-Z][A-Za-z ]+$/);
      expect(label).not.toBe(field.key);
      expect(field.label.startsWith(label), `${vendor}.${field.key} reuses the form's label`).toBe(true);
    }
  }
});

test("says what is stored the way an admin reads it", () => {
  expect(secretBadgeText("acreto", "totpSecret", true)).toBe("MFA seed stored");
  expect(secretBadgeText("nettica", "apiKey", true)).toBe("API key stored");
  expect(secretBadgeText("provision", "secretKey", true)).toBe("Secret key stored");
  expect(secretBadgeText("megaport", "accessKey", true)).toBe("API access key stored");
  expect(secretBadgeText("n2n", "password", false)).toBe("No password");
  expect(secretBadgeText("megaport", "totpSecret", false)).toBe("No MFA seed");
});

test("shows a key the form does not know as it is", () => {
  expect(secretBadgeText("nettica", "legacyToken", true)).toBe("legacyToken stored");
});
