import "server-only";
import { hmacSignedQuery } from "@/lib/server/upstream/strategies/hmac-query";
import type { TAuthStrategy } from "@/lib/server/upstream/types";

const signedQuery = hmacSignedQuery({ keyField: "apiKey", secretField: "secretKey" });

/**
 * 6connect ProVision: `…&apiKey=<key>&hash=<Base64 HMAC-SHA256 of the query>`, signed afresh per request.
 * A change goes as POST with that same signed query as its form body (ProVision takes either), so the
 * upstream core treats it as a write: never retried, never shared with another caller.
 */
export const provisionAuth: TAuthStrategy = {
  kind: "hmac-query",
  async sign(request, ctx) {
    const signed = await signedQuery.sign(request, ctx);
    if (request.method !== "POST") return signed;
    const at = signed.url.indexOf("?");
    return {
      ...signed,
      url: signed.url.slice(0, at),
      headers: { ...signed.headers, "content-type": "application/x-www-form-urlencoded" },
      body: signed.url.slice(at + 1),
    };
  },
};
