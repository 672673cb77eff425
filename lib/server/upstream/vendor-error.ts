import "server-only";
import type { TVendor } from "@/lib/vendors/registry";

export const UPSTREAM_ERROR_CODES = [
  "mfa_required",
  "upstream_unauthorized",
  "upstream_throttled",
  "upstream_timeout",
  "upstream_unavailable",
  "upstream_error",
] as const;
export type TUpstreamErrorCode = (typeof UPSTREAM_ERROR_CODES)[number];

const RETRYABLE_CODES: ReadonlySet<TUpstreamErrorCode> = new Set(["upstream_throttled", "upstream_timeout", "upstream_unavailable"]);

export type TVendorErrorInit = {
  vendor: TVendor;
  /** The vendor's HTTP status; 0 when no reply came (timeout, network). */
  status: number;
  code: TUpstreamErrorCode;
  /** Safe to show an admin: no secret, no stack. */
  message: string;
  retryable?: boolean;
  /** The vendor's own words (redacted), for logs. */
  detail?: string;
  vendorCode?: string | number;
  traceId?: string;
  retryAfterMs?: number;
  /** The vendor refused what was asked (validation, conflict, ProVision's success:0): the admin can fix it. */
  refusedRequest?: boolean;
  /**
   * A change was sent and its answer never came (timeout, dropped connection, a gateway's 502/504):
   * the vendor may have acted. Never sent again; the operation reads the vendor back instead.
   */
  mayHaveActed?: boolean;
};

/** Every failed vendor call ends as one of these, whatever the vendor's error body looked like. */
export class VendorError extends Error {
  override readonly name = "VendorError";
  readonly vendor: TVendor;
  readonly status: number;
  readonly code: TUpstreamErrorCode;
  readonly retryable: boolean;
  readonly detail?: string;
  readonly vendorCode?: string | number;
  readonly traceId?: string;
  readonly retryAfterMs?: number;
  readonly refusedRequest: boolean;
  readonly mayHaveActed: boolean;

  constructor(init: TVendorErrorInit) {
    super(init.message);
    this.vendor = init.vendor;
    this.status = init.status;
    this.code = init.code;
    this.retryable = init.retryable ?? RETRYABLE_CODES.has(init.code);
    this.detail = init.detail;
    this.vendorCode = init.vendorCode;
    this.traceId = init.traceId;
    this.retryAfterMs = init.retryAfterMs;
    this.refusedRequest = init.refusedRequest ?? false;
    this.mayHaveActed = init.mayHaveActed ?? false;
  }

  /** The same failure, for a change that may have reached the vendor. */
  withMayHaveActed(): VendorError {
    const { vendor, status, code, message, retryable, detail, vendorCode, traceId, retryAfterMs, refusedRequest } = this;
    return new VendorError({ vendor, status, code, message, retryable, detail, vendorCode, traceId, retryAfterMs, refusedRequest, mayHaveActed: true });
  }
}

export function isVendorError(error: unknown): error is VendorError {
  return error instanceof VendorError;
}
