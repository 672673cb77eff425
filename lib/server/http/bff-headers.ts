import "server-only";
import { API_CONTENT_SECURITY_POLICY, STRICT_TRANSPORT_SECURITY, servedOverHttps } from "./content-security-policy";

/**
 * The headers proxy.ts gives every other API answer, set by the vendor BFF itself (it is kept out
 * of the proxy, whose pass costs more than a cached read): a data-only CSP, HSTS over HTTPS, and
 * no-store — except reads, which carry an ETag and are kept privately and asked again each time.
 */
export function withBffHeaders(req: Request, answer: Response): Response {
  const response = new Response(answer.body, answer); // an answer's own headers may be read-only
  const headers = response.headers;
  if (!headers.has("cache-control")) headers.set("Cache-Control", req.method === "GET" ? "private, no-cache" : "no-store");
  headers.set("Content-Security-Policy", API_CONTENT_SECURITY_POLICY);
  if (servedOverHttps(req)) headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}
