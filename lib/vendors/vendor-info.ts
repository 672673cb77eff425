// The vendors and their connection settings without a zod schema (lib/vendors/registry.ts adds
// ZVendor), so the browser's sidebar, overview and connection forms load no zod.

import { VENDOR_NAMES, VENDORS, type TVendor } from "./vendor-names";

export { VENDORS, type TVendor };

/** One field of a connection's settings: secret fields are write-only everywhere. */
export type TConnectionField = {
  key: string;
  label: string;
  secret: boolean;
  kind: "text" | "email" | "number" | "url";
  optional?: boolean;
  hint?: string;
};

export type TVendorInfo = {
  vendor: TVendor;
  label: string;
  area: string;
  href: string;
  defaultBaseUrl: string | null;
  baseUrlLabel: string;
  fields: TConnectionField[];
  /** Which sets of fields may stand alone, e.g. an API key or email + password. */
  credentialSets: string[][];
};

export const VENDOR_INFO: Record<TVendor, TVendorInfo> = {
  nettica: {
    vendor: "nettica",
    ...VENDOR_NAMES.nettica,
    defaultBaseUrl: "https://my.nettica.com/api/v1.0",
    baseUrlLabel: "API base URL",
    fields: [{ key: "apiKey", label: "API key", secret: true, kind: "text", hint: "nettica-api-…" }],
    credentialSets: [["apiKey"]],
  },
  acreto: {
    vendor: "acreto",
    ...VENDOR_NAMES.acreto,
    defaultBaseUrl: "https://api-is-rock-solid.acreto.net/v2",
    baseUrlLabel: "API base URL",
    fields: [
      { key: "username", label: "Username", secret: false, kind: "email" },
      { key: "password", label: "Password", secret: true, kind: "text" },
      { key: "totpSecret", label: "MFA seed (base32)", secret: true, kind: "text", optional: true, hint: "lets the server answer the one-time-code challenge itself" },
    ],
    credentialSets: [["username", "password"]],
  },
  provision: {
    vendor: "provision",
    ...VENDOR_NAMES.provision,
    defaultBaseUrl: null,
    baseUrlLabel: "API URL (…/api/v1/api.php)",
    fields: [
      { key: "apiKey", label: "API key", secret: true, kind: "text" },
      { key: "secretKey", label: "Secret key", secret: true, kind: "text" },
    ],
    credentialSets: [["apiKey", "secretKey"]],
  },
  n2n: {
    vendor: "n2n",
    ...VENDOR_NAMES.n2n,
    defaultBaseUrl: "https://www.nnnco.io/v3/api/core",
    baseUrlLabel: "API base URL",
    fields: [
      { key: "apiKey", label: "API key", secret: true, kind: "text", optional: true },
      { key: "email", label: "Email", secret: false, kind: "email", optional: true },
      { key: "password", label: "Password", secret: true, kind: "text", optional: true },
      { key: "tps", label: "Calls per second (TPS quota)", secret: false, kind: "number", optional: true },
      { key: "tpd", label: "Calls per day (TPD quota)", secret: false, kind: "number", optional: true },
    ],
    credentialSets: [["apiKey"], ["email", "password"]],
  },
  megaport: {
    vendor: "megaport",
    ...VENDOR_NAMES.megaport,
    defaultBaseUrl: "https://api.megaport.com",
    baseUrlLabel: "API base URL",
    fields: [
      // Write-only like the other credentials: with the secret key it signs in, so it never goes back to the browser.
      { key: "accessKey", label: "API access key", secret: true, kind: "text", optional: true, hint: "recommended: an API key of a Company Admin or Read Only role" },
      { key: "secretKey", label: "API secret key", secret: true, kind: "text", optional: true },
      { key: "authUrl", label: "OAuth token URL base", secret: false, kind: "url", optional: true, hint: "chosen from the API URL (auth-m2m.megaport.com, auth-m2m-staging.megaport.com); set it for any other host" },
      { key: "username", label: "Username", secret: false, kind: "email", optional: true, hint: "or a username and password (deprecated by Megaport)" },
      { key: "password", label: "Password", secret: true, kind: "text", optional: true },
      { key: "totpSecret", label: "MFA seed (base32)", secret: true, kind: "text", optional: true, hint: "with a password: lets the server send the one-time password itself; without it the console asks for a code" },
    ],
    // API keys first: Megaport recommends them, and they win when both sets are filled in.
    credentialSets: [["accessKey", "secretKey"], ["username", "password"]],
  },
};

export function secretKeysOf(vendor: TVendor): string[] {
  return VENDOR_INFO[vendor].fields.filter((f) => f.secret).map((f) => f.key);
}

/** The credential set a connection uses, or null when none is complete. */
export function credentialSetOf(vendor: TVendor, values: Record<string, string | undefined>): string[] | null {
  return VENDOR_INFO[vendor].credentialSets.find((set) => set.every((k) => Boolean(values[k]))) ?? null;
}
