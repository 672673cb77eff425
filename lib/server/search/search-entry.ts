import "server-only";
import type { TSearchKind } from "@/lib/search/search-types";
import type { TRole } from "@/lib/role-names";
import type { TSearchField } from "@/lib/server/db/schema";
import type { TUpstreamConnection } from "@/lib/server/upstream";

/**
 * One item of a connection's lists as the search index keeps it. `fields` are the only words it is
 * found by, so each builder names exactly what may be searched: names, ids, addresses, never a secret.
 */
export type TSearchEntry = {
  kind: TSearchKind;
  title: string;
  detail: string;
  href: string;
  fields: TSearchField[];
  /** A ProVision block's CIDR: typed addresses inside it find it. */
  network?: string;
  /** The lowest role that may open it; every vendor page is open to viewers. */
  role?: TRole;
};

/** One vendor's entries, from the same cached list reads its pages and the attention view use. Throws when the vendor cannot be read. */
export type TVendorEntries = (connection: TUpstreamConnection) => Promise<TSearchEntry[]>;

/** A field only when it has a value: an empty name finds nothing. */
export const field = (label: string, value: string | number | null | undefined): TSearchField[] =>
  value === null || value === undefined || String(value).trim() === "" ? [] : [[label, String(value).trim()]];

export const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;
