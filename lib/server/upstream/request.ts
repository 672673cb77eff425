import "server-only";
import type { TUnsignedRequest, TUpstreamConnection, TUpstreamRequest } from "./types";
import { encodeForm, joinUrl, queryEntries } from "./url";

const USER_AGENT = "Patchbay/0.1 (+upstream core)";
// The core sends only headers it builds; vendor clients may add these, nothing from a browser.
const CALLER_HEADERS: ReadonlySet<string> = new Set(["accept", "if-none-match", "if-match", "if-modified-since", "if-unmodified-since", "prefer"]);

/** The request before signing: URL from base + code path, allow-listed headers, body encoded. */
export function unsignedRequest(conn: TUpstreamConnection, request: TUpstreamRequest): TUnsignedRequest {
  const url = joinUrl(conn.baseUrl, request.path);
  const headers: Record<string, string> = { accept: "application/json", "user-agent": USER_AGENT };
  for (const [name, value] of Object.entries(request.headers ?? {})) {
    const lower = name.toLowerCase();
    if (!CALLER_HEADERS.has(lower)) throw new TypeError(`Header ${name} may not be sent upstream`);
    headers[lower] = value;
  }
  const hasBody = request.form !== undefined || request.body !== undefined;
  if (hasBody && (request.method === "GET" || request.method === "HEAD")) throw new TypeError(`${request.method} cannot carry a body`);
  let body: string | undefined;
  if (request.form !== undefined) {
    body = encodeForm(Object.entries(request.form));
    headers["content-type"] = "application/x-www-form-urlencoded";
  } else if (request.body !== undefined) {
    body = JSON.stringify(request.body);
    headers["content-type"] = "application/json";
  }
  return { method: request.method, url, query: queryEntries(request.query), headers, body };
}

/** Identity of a read for coalescing and the short cache: connection id+version, method, path, query, headers. */
export function readKey(conn: TUpstreamConnection, unsigned: TUnsignedRequest, request: TUpstreamRequest): string {
  const headers = Object.entries(unsigned.headers).sort(([a], [b]) => a.localeCompare(b));
  const shape = [unsigned.method, request.path, encodeForm(unsigned.query), headers, request.responseType ?? "", Boolean(request.anonymous)];
  return `${connectionPrefix(conn)}${conn.version}\u0000${JSON.stringify(shape)}`;
}

export const connectionPrefix = (conn: Pick<TUpstreamConnection, "id">) => `${conn.id}\u0000`;
