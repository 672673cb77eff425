import "server-only";
// The upstream core's public surface; vendor clients and route handlers import from here.
export { callVendor } from "./call-vendor";
export { vendorErrorResponse, upstreamErrorResponse, type TUpstreamErrorBody, type TUpstreamErrorResponse } from "./error-response";
export { testConnection, type TConnectionCheck } from "./test-connection";
export { sharedUpstreamUsage, upstreamUsage, type TUpstreamUsage } from "./throttle";
export { pathSegment } from "./url";
export { VendorError, isVendorError, UPSTREAM_ERROR_CODES, type TUpstreamErrorCode } from "./vendor-error";
export type { THttpMethod, TQuery, TUpstreamConnection, TUpstreamRequest, TUpstreamResult } from "./types";
