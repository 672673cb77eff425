import "server-only";
import type { TVendor } from "@/lib/vendors/registry";
import { isVendorError, type TUpstreamErrorCode, type VendorError } from "./vendor-error";

export type TUpstreamErrorBody = {
  error: TUpstreamErrorCode;
  message: string;
  vendor: TVendor;
  traceId?: string;
  retryAfterSeconds?: number;
};
export type TUpstreamErrorResponse = { status: number; body: TUpstreamErrorBody; headers: Record<string, string> };

/** The BFF status for a vendor failure; 401 is never used, so the console does not sign the admin out. */
function statusFor(error: VendorError): number {
  switch (error.code) {
    case "mfa_required":
      return 424;
    case "upstream_throttled":
      return 429;
    case "upstream_timeout":
      return 504;
    case "upstream_unavailable":
      return 503;
    case "upstream_unauthorized":
      return 502;
    case "upstream_error":
      if (error.status === 404) return 404;
      return error.refusedRequest ? 422 : 502;
  }
}

/** What a route handler answers for a VendorError: `{status, body: {error, message, …}, headers}`. */
export function vendorErrorResponse(error: VendorError): TUpstreamErrorResponse {
  const retryAfterSeconds = error.retryAfterMs === undefined ? undefined : Math.ceil(error.retryAfterMs / 1000);
  const body: TUpstreamErrorBody = { error: error.code, message: error.message, vendor: error.vendor };
  if (error.traceId) body.traceId = error.traceId;
  if (retryAfterSeconds !== undefined) body.retryAfterSeconds = retryAfterSeconds;
  const headers: Record<string, string> = retryAfterSeconds === undefined ? {} : { "Retry-After": String(retryAfterSeconds) };
  return { status: statusFor(error), body, headers };
}

/** The same, for anything caught: null when it is not a vendor failure. */
export function upstreamErrorResponse(error: unknown): TUpstreamErrorResponse | null {
  return isVendorError(error) ? vendorErrorResponse(error) : null;
}
