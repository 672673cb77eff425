import "server-only";
import { generateSecret, generateURI, verifySync } from "otplib";

export const TOTP_ISSUER = "Patchbay";
const PERIOD_S = 30;

/** A new 160-bit secret, base32 as authenticator apps expect. */
export function newTotpSecret(): string {
  return generateSecret({ length: 20 });
}

/** The otpauth:// URL the enrolment QR code carries: SHA-1, 6 digits, 30 s (RFC 6238 defaults). */
export function totpUri(email: string, secret: string): string {
  return generateURI({ issuer: TOTP_ISSUER, label: email, secret, algorithm: "sha1", digits: 6, period: PERIOD_S });
}

/**
 * The time step a 6-digit code matches, within one step either side of `nowMs` (RFC 6238 §5.2),
 * or null. A step at or before `afterStep` is refused, so each code is accepted once.
 */
export function matchTotpStep(secret: string, code: string, nowMs: number, afterStep?: number | null): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const result = verifySync({
    secret,
    token: code,
    algorithm: "sha1",
    digits: 6,
    period: PERIOD_S,
    epoch: Math.floor(nowMs / 1000),
    epochTolerance: PERIOD_S,
    ...(afterStep !== null && afterStep !== undefined && { afterTimeStep: afterStep }),
  });
  return result.valid && "timeStep" in result ? result.timeStep : null;
}
