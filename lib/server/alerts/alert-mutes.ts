import "server-only";
import { and, asc, eq, gt, isNull, lt, or } from "drizzle-orm";
import { ruleVendor, ruleWords, type TAlertRule } from "@/lib/alerts/alert-rules";
import type { TAlertMuteInput, TAlertMuteView } from "@/lib/alerts/mute-schemas";
import { upstreamConnections } from "../connections";
import { getDb } from "../db/client";
import { isRowId } from "../db/row-id";
import { alertMutes } from "../db/schema";
import { badRequest, notFound } from "../http/errors";
import type { TTransaction } from "../monitor/connection-lock";

type TMuteRow = typeof alertMutes.$inferSelect;
/** Expired mutes are kept this long (the Alerts page may still name one), then removed. */
const EXPIRED_KEPT_MS = 7 * 86_400_000;

function muteView(row: TMuteRow, names: Map<string, string>): TAlertMuteView {
  const rule = row.rule as TAlertRule;
  return {
    id: row.id,
    rule,
    ruleWords: ruleWords(rule),
    connectionId: row.connectionId,
    connection: row.connectionId === null ? null : (names.get(row.connectionId) ?? row.connectionId),
    until: row.until.toISOString(),
    reason: row.reason,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
  };
}

const connectionNames = async () => new Map((await upstreamConnections()).map((connection) => [connection.id, connection.name]));

/** The mutes in force, soonest to end first. */
export async function listActiveMutes(now = new Date()): Promise<TAlertMuteView[]> {
  const rows = await (await getDb()).select().from(alertMutes).where(gt(alertMutes.until, now)).orderBy(asc(alertMutes.until));
  const names = await connectionNames();
  return rows.map((row) => muteView(row, names));
}

/** Mutes a rule on one connection (of the rule's vendor) or on all, for `hours` from now. */
export async function createMute(input: TAlertMuteInput, createdBy: string, now = new Date()): Promise<TAlertMuteView> {
  const names = await connectionNames();
  if (input.connectionId !== null) {
    const connection = (await upstreamConnections(ruleVendor(input.rule))).find((c) => c.id === input.connectionId);
    if (!connection) throw badRequest("No connection of this rule's vendor has that id", { connectionId: ["Choose a connection of the rule's vendor, or every connection"] });
  }
  const db = await getDb();
  await db.delete(alertMutes).where(lt(alertMutes.until, new Date(now.getTime() - EXPIRED_KEPT_MS)));
  const [row] = await db
    .insert(alertMutes)
    .values({ rule: input.rule, connectionId: input.connectionId, until: new Date(now.getTime() + input.hours * 3_600_000), reason: input.reason, createdBy, createdAt: now })
    .returning();
  return muteView(row!, names);
}

/** Ends a mute early; answers what it was, for the audit trail. */
export async function deleteMute(id: string): Promise<TAlertMuteView> {
  if (!isRowId(id)) throw notFound("Mute");
  const [row] = await (await getDb()).delete(alertMutes).where(eq(alertMutes.id, id)).returning();
  if (!row) throw notFound("Mute");
  return muteView(row, await connectionNames());
}

/** The rules muted at `at` for a connection (its own mutes and those of every connection), read in the transaction that records its events. */
export async function mutedRules(tx: TTransaction, connectionId: string, at: Date): Promise<Set<string>> {
  const rows = await tx
    .select({ rule: alertMutes.rule })
    .from(alertMutes)
    .where(and(gt(alertMutes.until, at), or(isNull(alertMutes.connectionId), eq(alertMutes.connectionId, connectionId))));
  return new Set(rows.map((row) => row.rule));
}
