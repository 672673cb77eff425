import "server-only";
import type { TQuery, TQueryEntry } from "./types";

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

const hasControlCharacter = (text: string) => [...text].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);
// A segment is a traversal when it, or any piece of it once %2F / %5C are decoded, is "." or "..".
const isTraversal = (segment: string) => decoded(segment).split(/[/\\]/).some((part) => part === "." || part === "..");

/** Rejects anything but a plain absolute path from code: no scheme, no `//host`, no `..`, no query. */
export function assertCodePath(path: string): void {
  if (path === "") return;
  const problem = !path.startsWith("/")
    ? "must start with /"
    : path.startsWith("//")
      ? "must not be protocol-relative"
      : /[\\?#\s]/.test(path) || hasControlCharacter(path)
        ? "must not contain \\, ?, # or whitespace (the query goes in `query`)"
        : path.split("/").slice(1).some(isTraversal)
          ? "must not contain . or .. segments"
          : null;
  if (problem) throw new TypeError(`Upstream path ${JSON.stringify(path)} ${problem}`);
}

/** Encodes one path segment (an id) so it can never add segments or a query. */
export function pathSegment(value: string | number): string {
  const text = String(value);
  if (text === "" || text === "." || text === "..") throw new TypeError(`Not a usable path segment: ${JSON.stringify(text)}`);
  return encodeURIComponent(text);
}

/** The connection's base URL plus a path from code. */
export function joinUrl(baseUrl: string, path: string): string {
  assertCodePath(path);
  let base: URL;
  try {
    base = new URL(baseUrl);
  } catch {
    throw new TypeError("The connection's base URL is not a valid URL");
  }
  if (!/^https?:$/.test(base.protocol) || base.username || base.password || base.search || base.hash) {
    throw new TypeError("The connection's base URL must be a plain http(s) URL without credentials, query or fragment");
  }
  return `${base.origin}${base.pathname.replace(/\/+$/, "")}${path}`;
}

export function queryEntries(query: TQuery | undefined): TQueryEntry[] {
  const entries: TQueryEntry[] = [];
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value === null || value === undefined) continue;
    const values = Array.isArray(value) ? value : [value];
    for (const item of values) entries.push([name, String(item)]);
  }
  return entries;
}

/** application/x-www-form-urlencoded, as URLSearchParams writes it. */
export function encodeForm(entries: readonly TQueryEntry[]): string {
  return new URLSearchParams(entries.map(([name, value]) => [name, value])).toString();
}

/** RFC 3986: everything but A-Z a-z 0-9 - . _ ~ becomes %XX, so no URL parser will touch it again. */
export function encodeStrict(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function withQuery(url: string, queryString: string): string {
  return queryString ? `${url}?${queryString}` : url;
}
