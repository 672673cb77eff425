import "server-only";
import { and, eq, inArray, isNull, lt, ne, notInArray } from "drizzle-orm";
import { NETTICA_VPN_RULE } from "@/lib/alerts/alert-rules";
import type { TDb } from "../db/open-database";
import { attentionAlerts, attentionEpisodes, attentionJudgements } from "../db/schema";
import { log } from "../log";
import { monitorStateKey } from "../monitor/state-key";
import type { TUpstreamConnection } from "../upstream";

/** A connection no pass has judged for this long is watched by no instance any more. */
export const UNJUDGED_ATTENTION_TTL_MS = 7 * 86_400_000;

/**
 * Deleting a connection forgets its alert state at once (forgetConnectionState). What this pass
 * does not judge may be judged by another instance (other environment variables), so it is
 * forgotten only after a week in which no pass judged it; its open episodes end when it was last judged.
 */
export async function forgetUnjudgedAttention(db: TDb, connections: readonly TUpstreamConnection[], now: number): Promise<void> {
  const judgedHere = connections.map(monitorStateKey);
  const stale = lt(attentionJudgements.judgedAt, new Date(now - UNJUDGED_ATTENTION_TTL_MS));
  const forgotten = await db
    .delete(attentionJudgements)
    .where(judgedHere.length ? and(stale, notInArray(attentionJudgements.connectionKey, judgedHere)) : stale)
    .returning({ key: attentionJudgements.connectionKey, judgedAt: attentionJudgements.judgedAt });
  if (forgotten.length === 0) return;
  const keys = forgotten.map((row) => row.key);
  await db.delete(attentionAlerts).where(inArray(attentionAlerts.connectionKey, keys));
  for (const { key, judgedAt } of forgotten) {
    await db
      .update(attentionEpisodes)
      .set({ endedAt: judgedAt })
      .where(and(eq(attentionEpisodes.connectionKey, key), isNull(attentionEpisodes.endedAt), ne(attentionEpisodes.rule, NETTICA_VPN_RULE)));
  }
  log.info({ connections: keys }, "attention alerts forgot connections no instance has judged for a week");
}
