import "server-only";
import { upstreamErrorResponse } from "../upstream/error-response";

/** A vendor failure as the console's JSON error, or null when the error is not one. */
export function vendorErrorResponse(error: unknown): Response | null {
  const mapped = upstreamErrorResponse(error);
  return mapped && Response.json(mapped.body, { status: mapped.status, headers: mapped.headers });
}
