import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * ProVision's check: strip "&hash=…" from the end of the raw query string, recompute
 * Base64(HMAC-SHA256(rest, secret)) and compare it with the hash, decoded the way PHP
 * decodes a query value ("+" is a space, so an unencoded "+" fails as it does upstream).
 * Returns the signed part of the query, or null when the key or hash is wrong.
 */
export function verifySignedQuery(rawQuery: string, secretOf: (apiKey: string) => string | undefined): string | null {
  const match = /&hash=([^&]*)$/.exec(rawQuery);
  if (!match) return null;
  const signed = rawQuery.slice(0, match.index);
  const secret = secretOf(new URLSearchParams(signed).get("apiKey") ?? "");
  if (!secret) return null;
  let given: string;
  try {
    given = decodeURIComponent(match[1].replace(/\+/g, " "));
  } catch {
    return null;
  }
  const expected = signQuery(signed, secret);
  const [a, b] = [Buffer.from(given), Buffer.from(expected)];
  return a.length === b.length && timingSafeEqual(a, b) ? signed : null;
}

export function signQuery(query: string, secret: string): string {
  return createHmac("sha256", secret).update(query).digest("base64");
}
