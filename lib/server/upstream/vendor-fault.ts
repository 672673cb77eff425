import "server-only";
import type { TVendor } from "@/lib/vendors/registry";

export type TFault = { message?: string; vendorCode?: string | number; traceId?: string };

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const text = (value: unknown) => (typeof value === "string" && value.trim() ? value.trim() : undefined);

export function parseJson(body: string): unknown {
  try {
    return body ? JSON.parse(body) : undefined;
  } catch {
    return undefined;
  }
}

/** Each vendor's own error body, read into one shape. */
export function faultOf(vendor: TVendor, body: unknown, headers: Record<string, string>): TFault {
  const fields = isRecord(body) ? body : {};
  switch (vendor) {
    case "nettica": // {"error": "Unauthorized"}
      return { message: text(fields.error) };
    case "acreto": // {"code": 16432, "message": "..."}
      return { message: text(fields.message), vendorCode: typeof fields.code === "number" ? fields.code : undefined };
    case "provision": // {"success": 0, "message": "..."}
      return { message: text(fields.message) };
    case "n2n": // {"httpCode": 403, "error": "UNAUTHORIZED", "message"?: "..."}
      return { message: text(fields.message) ?? text(fields.error), vendorCode: text(fields.error) };
    case "megaport": // {"message", "data", "trace_id"} + Trace-Id header
      return { message: text(fields.message), traceId: text(fields.trace_id) ?? headers["trace-id"] };
  }
}
