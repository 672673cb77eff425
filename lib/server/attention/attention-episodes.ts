import "server-only";
import { and, eq, inArray, isNull, ne } from "drizzle-orm";
import { NETTICA_VPN_RULE } from "@/lib/alerts/alert-rules";
import type { TAttentionSeverity } from "@/lib/attention/attention-types";
import type { TVendor } from "@/lib/vendors/vendor-names";
import { attentionEpisodes } from "../db/schema";
import type { TTransaction } from "../monitor/connection-lock";

/** What a pass holds as entered now, and since when: an episode stays open while its item is held. */
export type THeldItem = { itemId: string; vendor: TVendor; rule: string; title: string; severity: TAttentionSeverity; href: string | null; startedAt: Date; muted: boolean };

/** Whose episodes: the attention pass's items, or the Nettica monitor's VPNs (two writers under two locks on one connection). */
export type TEpisodeOwner = "attention" | "monitor";

// Postgres takes at most 65,535 parameters per statement: 11 per row here.
const ROWS_PER_STATEMENT = 1_000;
const chunks = <T>(rows: readonly T[]) => Array.from({ length: Math.ceil(rows.length / ROWS_PER_STATEMENT) }, (_, n) => rows.slice(n * ROWS_PER_STATEMENT, (n + 1) * ROWS_PER_STATEMENT));

/**
 * Makes the connection's open episodes match what the pass now holds, in the transaction (and
 * under the lock) that recorded the transitions: an item held without an open episode begins one
 * (entered now, or held since before history was kept), an open episode whose item is no longer
 * held ends at `at`. So each episode is written once, muted or not, the baseline included. `left`:
 * what left at `at`; one held since before history was kept is written whole, from when it entered.
 */
export async function reconcileEpisodes(
  tx: TTransaction,
  owner: TEpisodeOwner,
  connection: { key: string; id: string; name: string },
  held: readonly THeldItem[],
  left: readonly THeldItem[],
  at: Date,
): Promise<void> {
  const mine = owner === "monitor" ? eq(attentionEpisodes.rule, NETTICA_VPN_RULE) : ne(attentionEpisodes.rule, NETTICA_VPN_RULE);
  const open = await tx
    .select({ id: attentionEpisodes.id, itemId: attentionEpisodes.itemId })
    .from(attentionEpisodes)
    .where(and(eq(attentionEpisodes.connectionKey, connection.key), isNull(attentionEpisodes.endedAt), mine));
  const heldIds = new Set(held.map((item) => item.itemId));
  const openIds = new Set(open.map((episode) => episode.itemId));
  for (const part of chunks(open.filter((episode) => !heldIds.has(episode.itemId)))) {
    await tx.update(attentionEpisodes).set({ endedAt: at }).where(inArray(attentionEpisodes.id, part.map((episode) => episode.id)));
  }
  const begun = held.filter((item) => !openIds.has(item.itemId)).map((item) => ({ ...item, endedAt: null }));
  const unknown = left.filter((item) => !openIds.has(item.itemId) && !heldIds.has(item.itemId)).map((item) => ({ ...item, endedAt: at }));
  for (const part of chunks([...begun, ...unknown])) {
    await tx.insert(attentionEpisodes).values(part.map((item) => ({ ...item, connectionKey: connection.key, connectionId: connection.id, connectionName: connection.name })));
  }
}
