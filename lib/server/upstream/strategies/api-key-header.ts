import "server-only";
import { requireValue } from "../credentials";
import type { TAuthStrategy } from "../types";
import { encodeForm, withQuery } from "../url";

/** The key in a header on every request (Nettica: X-API-KEY). */
export function apiKeyHeader(options: { header: string; field: string }): TAuthStrategy {
  return {
    kind: "api-key-header",
    async sign(request, ctx) {
      const key = requireValue(ctx.conn, options.field);
      return {
        method: request.method,
        url: withQuery(request.url, encodeForm(request.query)),
        headers: { ...request.headers, [options.header]: key },
        body: request.body,
      };
    },
  };
}
