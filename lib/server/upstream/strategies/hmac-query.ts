import "server-only";
import { createHmac } from "node:crypto";
import { requireValue } from "../credentials";
import type { TAuthStrategy, TQueryEntry } from "../types";
import { encodeStrict } from "../url";

/** The query in its final percent-encoded form; nothing re-encodes it after signing. */
export function encodeSignedQuery(entries: readonly TQueryEntry[]): string {
  return entries.map(([name, value]) => `${encodeStrict(name)}=${encodeStrict(value)}`).join("&");
}

/** Base64(HMAC-SHA256(queryString, secret)), over the query exactly as it will be sent. */
export function hmacOf(queryString: string, secret: string): string {
  return createHmac("sha256", secret).update(queryString, "utf8").digest("base64");
}

/** `query&apiKey=<key>&hash=<percent-encoded HMAC>`: the key last but one, the hash last. */
export function signQuery(entries: readonly TQueryEntry[], apiKey: string, secret: string): string {
  const signed = encodeSignedQuery([...entries, ["apiKey", apiKey]]);
  return `${signed}&hash=${encodeStrict(hmacOf(signed, secret))}`;
}

/** ProVision: every request signed afresh, the final URL built here as a plain string. */
export function hmacSignedQuery(options: { keyField: string; secretField: string }): TAuthStrategy {
  return {
    kind: "hmac-query",
    async sign(request, ctx) {
      const apiKey = requireValue(ctx.conn, options.keyField);
      const secret = requireValue(ctx.conn, options.secretField);
      return {
        method: request.method,
        url: `${request.url}?${signQuery(request.query, apiKey, secret)}`,
        headers: request.headers,
        body: request.body,
      };
    },
  };
}
