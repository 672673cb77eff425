import "server-only";
import type { TSearchField } from "@/lib/server/db/schema";

// "198.51.100.10:51820", "[2001:db8::1]:51820": the host alone is a term too.
const HOST_PORT = /^(\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-f:.]+\]):\d+$/;
// "10.10.0.1/32": the address alone is a term too.
const ADDRESS_PREFIX = /^([0-9a-f:.]+)\/\d{1,3}$/;

/** Every value lower-cased, one per line, with the host of an endpoint and the address of an interface address beside it: what LIKE searches. */
export function searchTerms(fields: readonly TSearchField[]): string {
  const terms = new Set<string>();
  for (const [, value] of fields) {
    const text = value.toLowerCase().replace(/\s*\n\s*/g, " ");
    terms.add(text);
    const part = HOST_PORT.exec(text)?.[1] ?? ADDRESS_PREFIX.exec(text)?.[1];
    if (part) terms.add(part.replace(/^\[|\]$/g, ""));
  }
  return [...terms].join("\n");
}
