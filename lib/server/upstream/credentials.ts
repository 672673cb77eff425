import "server-only";
import { VENDOR_INFO, credentialSetOf, secretKeysOf } from "@/lib/vendors/registry";
import type { TUpstreamConnection } from "./types";
import { VendorError } from "./vendor-error";

export const vendorLabel = (conn: TUpstreamConnection) => VENDOR_INFO[conn.vendor].label;

const fieldLabel = (conn: TUpstreamConnection, key: string) =>
  VENDOR_INFO[conn.vendor].fields.find((field) => field.key === key)?.label ?? key;

/** "the API key" / "the Username and Password", in the words of the connection form. */
export function credentialsHint(conn: TUpstreamConnection): string {
  const set = credentialSetOf(conn.vendor, conn.values) ?? VENDOR_INFO[conn.vendor].credentialSets[0];
  return `the ${set.map((key) => fieldLabel(conn, key)).join(" and ")}`;
}

export function missingCredentials(conn: TUpstreamConnection): VendorError {
  const sets = VENDOR_INFO[conn.vendor].credentialSets.map((set) => set.map((key) => fieldLabel(conn, key)).join(" + "));
  return new VendorError({
    vendor: conn.vendor,
    status: 0,
    code: "upstream_unauthorized",
    message: `The ${vendorLabel(conn)} connection "${conn.name}" has no complete credentials: set ${sets.join(", or ")} in Settings → Connections.`,
  });
}

/** A credential value the strategy cannot work without. */
export function requireValue(conn: TUpstreamConnection, key: string): string {
  const value = conn.values[key];
  if (!value) throw missingCredentials(conn);
  return value;
}

/** The connection's secret values, to scrub from any text that might echo them. */
export function secretValuesOf(conn: TUpstreamConnection): string[] {
  return secretKeysOf(conn.vendor)
    .map((key) => conn.values[key])
    .filter((value): value is string => Boolean(value));
}
