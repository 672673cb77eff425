import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { TRole } from "@/lib/role-names";
import { getDb } from "@/lib/server/db/client";
import type { TSearchField } from "@/lib/server/db/schema";
import type { TSearchKind } from "@/lib/search/search-types";
import type { TVendor } from "@/lib/vendors/vendor-names";
import { escapeLike } from "@/lib/server/db/escape-like";

/** What was typed, read for the index: lower-cased words, and the address or CIDR it is, if it is one. */
export type TIndexQuery = { phrase: string; words: string[]; address: string | null };

export type TIndexRow = {
  id: number;
  vendor: TVendor;
  kind: TSearchKind;
  connectionId: string;
  title: string;
  detail: string;
  href: string;
  fields: TSearchField[];
  network: string | null;
  rank: number;
  total: number;
};

const anyOf = (values: readonly string[]) => sql.join(values.map((value) => sql`${value}`), sql`, `);

/**
 * The first `perVendor` entries of each vendor that hold every word (or, for an address or CIDR,
 * whose block holds it), among the given connections' entries a role may open, best first: the
 * most specific block holding the address, then a title or a field that is the phrase, one that
 * begins with it, then the rest; `total` counts each vendor's matches.
 */
export async function querySearchIndex(query: TIndexQuery, connectionKeys: readonly string[], roles: readonly TRole[], perVendor: number): Promise<TIndexRow[]> {
  if (connectionKeys.length === 0 || roles.length === 0 || (query.words.length === 0 && !query.address)) return [];
  const db = await getDb();
  const inBlock: SQL = query.address ? sql`network >>= ${query.address}::inet` : sql`false`;
  const holdsWords: SQL = query.words.length ? sql.join(query.words.map((word) => sql`terms like ${`%${escapeLike(word)}%`}`), sql` and `) : sql`false`;
  const phrase = escapeLike(query.phrase);
  // Ranked on narrow rows; only each vendor's first few are read whole.
  const result = await db.execute(sql`
    with matched as (
      select id, vendor, title, masklen(network) as specificity,
        case
          when ${inBlock} then 0
          when lower(title) = ${query.phrase} or chr(10) || terms || chr(10) like ${`%\n${phrase}\n%`} then 1
          when chr(10) || terms like ${`%\n${phrase}%`} then 2
          else 3
        end as rank
      from search_entries
      where connection_key in (${anyOf(connectionKeys)}) and role in (${anyOf(roles)}) and ((${holdsWords}) or ${inBlock})
    ), ranked as (
      select id, rank, count(*) over (partition by vendor) as total,
        row_number() over (partition by vendor order by rank, specificity desc nulls last, length(title), title collate "C", id) as n
      from matched
    )
    select e.id, e.vendor, e.kind, e.connection_id as "connectionId", e.title, e.detail, e.href, e.fields, e.network::text as network, r.rank, r.total::int as total
    from ranked r join search_entries e on e.id = r.id
    where r.n <= ${perVendor}
    order by e.vendor, r.n`);
  return (result as unknown as { rows: TIndexRow[] }).rows;
}
