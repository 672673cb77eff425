import { describe, expect, it } from "vitest";
import { upstreamErrorResponse, vendorErrorResponse } from "./error-response";
import { VendorError, type TUpstreamErrorCode } from "./vendor-error";

const error = (code: TUpstreamErrorCode, status: number, extra: Partial<ConstructorParameters<typeof VendorError>[0]> = {}) =>
  new VendorError({ vendor: "megaport", status, code, message: `${code} happened`, ...extra });

describe("vendorErrorResponse", () => {
  it("maps each code to a BFF status, never 401", () => {
    expect(vendorErrorResponse(error("mfa_required", 424)).status).toBe(424);
    expect(vendorErrorResponse(error("upstream_unauthorized", 401)).status).toBe(502);
    expect(vendorErrorResponse(error("upstream_throttled", 429)).status).toBe(429);
    expect(vendorErrorResponse(error("upstream_timeout", 0)).status).toBe(504);
    expect(vendorErrorResponse(error("upstream_unavailable", 503)).status).toBe(503);
    expect(vendorErrorResponse(error("upstream_error", 500)).status).toBe(502);
    expect(vendorErrorResponse(error("upstream_error", 404)).status).toBe(404);
    expect(vendorErrorResponse(error("upstream_error", 400, { refusedRequest: true })).status).toBe(422);
  });

  it("carries the code, the message, the trace id and Retry-After", () => {
    const response = vendorErrorResponse(error("upstream_throttled", 429, { traceId: "t-1", retryAfterMs: 1_500 }));
    expect(response).toEqual({
      status: 429,
      body: { error: "upstream_throttled", message: "upstream_throttled happened", vendor: "megaport", traceId: "t-1", retryAfterSeconds: 2 },
      headers: { "Retry-After": "2" },
    });
    expect(upstreamErrorResponse(new Error("boom"))).toBeNull();
  });
});
