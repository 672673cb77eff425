import "server-only";
import { matchingPages } from "@/lib/search/console-pages";
import { SEARCH_HITS_PER_VENDOR, type TSearchAnswer, type TSearchGroup, type TSearchHit } from "@/lib/search/search-types";
import { ROLES, hasRole, type TRole } from "@/lib/role-names";
import { upstreamConnections } from "@/lib/server/connections";
import type { TUpstreamConnection } from "@/lib/server/upstream";
import { VENDORS, type TVendor } from "@/lib/vendors/vendor-names";
import { FIRST_READ_WAIT_MS, freshenSearchIndex } from "./freshen-search-index";
import { indexQueryOf } from "./index-query";
import { querySearchIndex, type TIndexQuery, type TIndexRow } from "./query-search-index";
import { searchIndexKey } from "./refresh-search-index";

/** One vendor only ("Show all" in the palette), and how many hits per vendor. */
export type TSearchScope = { vendor?: TVendor; limit?: number };

/**
 * The one search: the role's pages and actions, and every connection's items from the index, a
 * few per vendor, each only if the role may open it. Answers from the index as it is; refreshes
 * what is stale in the background (`refreshing`), and waits a little only for a connection never read.
 */
export async function searchEverything(text: string, role: TRole, scope: TSearchScope = {}): Promise<TSearchResult> {
  return searchConnections(await upstreamConnections(), text, role, scope);
}

export type TSearchResult = { answer: TSearchAnswer; refreshing: Promise<void> };

/** The same over the given connections (the bench's, a test's). Narrowed to a vendor, it reads and answers only that vendor's connections, and no pages. */
export async function searchConnections(
  all: readonly TUpstreamConnection[],
  text: string,
  role: TRole,
  { vendor, limit = SEARCH_HITS_PER_VENDOR, waitMs = FIRST_READ_WAIT_MS }: TSearchScope & { waitMs?: number } = {},
): Promise<TSearchResult> {
  const connections = vendor ? all.filter((connection) => connection.vendor === vendor) : all;
  const freshness = await freshenSearchIndex(connections, waitMs);
  const query = indexQueryOf(text);
  const roles = ROLES.filter((lower) => hasRole(role, lower));
  const rows = await querySearchIndex(query, connections.map(searchIndexKey), roles, limit);
  const nameOf = new Map(connections.map((connection) => [connection.id, connection.name]));
  const groups = VENDORS.flatMap((each): TSearchGroup[] => {
    const mine = rows.filter((row) => row.vendor === each);
    if (mine.length === 0) return [];
    return [{ vendor: each, total: mine[0]!.total, hits: mine.map((row) => hitOf(row, query, nameOf.get(row.connectionId) ?? "")) }];
  });
  return {
    answer: {
      query: text,
      pages: vendor ? [] : matchingPages(role, text),
      groups,
      indexing: freshness.indexing.map((connection) => connection.name),
      failing: freshness.failing.map((connection) => connection.name),
    },
    refreshing: freshness.refreshing,
  };
}

function hitOf(row: TIndexRow, query: TIndexQuery, connectionName: string): TSearchHit {
  return {
    id: `${row.vendor}:${row.id}`,
    vendor: row.vendor,
    kind: row.kind,
    connectionId: row.connectionId,
    connectionName,
    title: row.title,
    detail: row.detail,
    match: matchOf(row, query),
    href: row.href,
  };
}

/** The field the words were found in, unless it is the title itself; for an address, that the block holds it. */
function matchOf(row: TIndexRow, query: TIndexQuery): string | null {
  if (query.address && row.network && row.rank === 0 && row.network !== query.address) return `holds ${query.address}`;
  const found = row.fields.find(([, value]) => query.words.some((word) => value.toLowerCase().includes(word)));
  if (!found || found[1] === row.title) return null;
  return `${found[0]} ${found[1]}`;
}
