import "server-only";
import { hmacSignedQuery } from "@/lib/server/upstream/strategies/hmac-query";

/** 6connect ProVision: `…&apiKey=<key>&hash=<Base64 HMAC-SHA256 of the query>`, signed afresh per request. */
export const provisionAuth = hmacSignedQuery({ keyField: "apiKey", secretField: "secretKey" });
