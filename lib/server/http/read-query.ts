import "server-only";
import { badRequest } from "./errors";

/** The query string, one value per name: a name sent twice is refused rather than silently resolved. */
export function readQuery(url: URL): Record<string, string> {
  // No prototype: "__proto__" or "constructor" stays a plain (and, to an operation, unknown) name.
  const query: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [name, value] of url.searchParams) {
    if (Object.hasOwn(query, name)) throw badRequest(`Send the query parameter "${name}" once`);
    query[name] = value;
  }
  return query;
}
