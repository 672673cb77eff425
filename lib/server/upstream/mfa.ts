import "server-only";
import { vendorLabel } from "./credentials";
import type { TUpstreamConnection } from "./types";
import { VendorError } from "./vendor-error";

/** The vendor wants a one-time code and Patchbay has none: the console asks the admin for one. */
export function mfaRequired(conn: TUpstreamConnection): VendorError {
  return new VendorError({
    vendor: conn.vendor,
    status: 424,
    code: "mfa_required",
    message: `${vendorLabel(conn)} asks for a one-time code for connection "${conn.name}". Enter the 6-digit code from the authenticator app, or store the MFA seed in the connection so Patchbay can answer by itself.`,
  });
}

/** A code was sent and refused (each code works once, within its 30 seconds). */
export function otpNotAccepted(conn: TUpstreamConnection): VendorError {
  return new VendorError({
    vendor: conn.vendor,
    status: 424,
    code: "mfa_required",
    message: `${vendorLabel(conn)} did not accept the one-time code for connection "${conn.name}": each code works once, within its 30 seconds. Enter a fresh code.`,
  });
}

export function badMfaSeed(conn: TUpstreamConnection): VendorError {
  return new VendorError({
    vendor: conn.vendor,
    status: 424,
    code: "mfa_required",
    message: `The MFA seed stored in connection "${conn.name}" is not a usable base32 secret. Enter it again in Settings → Connections.`,
  });
}
