import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/**
 * Acreto's error body is {code, message}. 16432 is the MFA code from the vendor's page; the
 * others are assumed, in the same 0x4000 range.
 */
export const ACRETO_ERRORS = {
  invalidCredentials: { code: 16385, message: "Invalid username or password." },
  unauthorized: { code: 16386, message: "Unauthorized." },
  tokenExpired: { code: 16386, message: "Token has expired." },
  forbidden: { code: 16387, message: "Access denied." },
  notFound: { code: 16388, message: "Resource not found." },
  badRequest: { code: 16390, message: "Bad request." },
  commitInProgress: {
    code: 16400,
    message: "A commit is in progress for this ecosystem. Make no changes until it has finished.",
  },
  ecosystemError: { code: 16401, message: "The ecosystem is in error state. Please contact support." },
  mfaRequired: {
    code: 16432,
    message:
      "This operation requires multi-factor authentication. Please retry with proper multi-factor authentication infromation.",
  },
  invalidOtp: { code: 16433, message: "Invalid multi-factor authentication code." },
  noPendingOtp: { code: 16434, message: "No multi-factor authentication enrolment is pending for this user." },
  invalidToken: { code: 16435, message: "Invalid or expired token." },
} as const;

export type TAcretoError = { code: number; message: string };

export function acretoError(c: Context, status: ContentfulStatusCode, error: TAcretoError, detail?: string) {
  return c.json({ code: error.code, message: detail ?? error.message }, status);
}
