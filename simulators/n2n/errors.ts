import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/** N2N DL's error body: {"httpCode":403,"error":"UNAUTHORIZED"}, sometimes with a message. */
export function n2nErrorBody(httpCode: number, message?: string) {
  return { httpCode, error: ERROR_NAMES[httpCode] ?? (httpCode >= 500 ? "INTERNAL_SERVER_ERROR" : "BAD_REQUEST"), ...(message ? { message } : {}) };
}

const ERROR_NAMES: Record<number, string> = {
  400: "BAD_REQUEST",
  401: "UNAUTHORIZED",
  403: "UNAUTHORIZED",
  404: "NOT_FOUND",
  409: "CONFLICT",
  429: "TOO_MANY_REQUESTS",
  500: "INTERNAL_SERVER_ERROR",
  502: "BAD_GATEWAY",
  503: "SERVICE_UNAVAILABLE",
  504: "GATEWAY_TIMEOUT",
};

export function n2nError(c: Context, httpCode: ContentfulStatusCode, message?: string, headers?: Record<string, string>) {
  return c.json(n2nErrorBody(httpCode, message), httpCode, headers);
}
