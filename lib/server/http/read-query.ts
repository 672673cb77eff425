import "server-only";
import { badRequest } from "./errors";

/** The query string, one value per name: a name sent twice is refused rather than silently resolved. */
export function readQuery(url: URL): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [name, value] of url.searchParams) {
    if (Object.hasOwn(query, name)) throw badRequest(`Send the query parameter "${name}" once`);
    query[name] = value;
  }
  return query;
}
