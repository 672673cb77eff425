import "server-only";
import { hmacSignedQuery } from "@/lib/server/upstream/strategies/hmac-query";
import type { TAuthStrategy } from "@/lib/server/upstream/types";

const signedQuery = hmacSignedQuery({ keyField: "apiKey", secretField: "secretKey" });

/**
 * 6connect ProVision: `…&apiKey=<key>&hash=<Base64 HMAC-SHA256 of the query>`, signed afresh per request.
 * The server recomputes the hash over the URL's query string ($_SERVER['QUERY_STRING']), so every
 * call, writes included, is a GET with its signed parameters in the URL. ProVision allows a POST only
 * for queries over 8 KB, and Patchbay builds none that long: anything but a GET is a bug, refused here.
 */
export const provisionAuth: TAuthStrategy = {
  kind: "hmac-query",
  async sign(request, ctx) {
    if (request.method !== "GET" || request.body !== undefined) {
      throw new TypeError(`ProVision takes every call as a signed GET; a ${request.method}${request.body === undefined ? "" : " with a body"} would fail its hash check`);
    }
    return signedQuery.sign(request, ctx);
  },
};
