import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { TConnectionAttention } from "@/lib/attention/attention-types";
import { mutedRules } from "../alerts/alert-mutes";
import { pendingDeliveries } from "../alerts/pending-deliveries";
import type { TDb } from "../db/open-database";
import { alertEvents, attentionAlerts, attentionJudgements, type TAlertDelivery } from "../db/schema";
import { ATTENTION_LOCK_CLASS, tryConnectionLock } from "../monitor/connection-lock";
import { alertableItems } from "./alertable-items";
import { reconcileEpisodes, type THeldItem } from "./attention-episodes";
import { clearedText, enteredText } from "./attention-alert-text";

export type TAttentionRecorded = {
  /** False: another pass holds the connection and is applying the same evaluation, or a newer one. */
  locked: boolean;
  /** The evaluation was not newer than the last one applied: nothing changed. */
  stale: boolean;
  /** Recorded as the baseline: nothing was sent. */
  baseline: boolean;
  entered: number;
  cleared: number;
};

/** `key`: where its state is kept (monitorStateKey); events name the connection by `id`. */
export type TJudgedConnection = { id: string; key: string; name: string };

type TEventRow = typeof alertEvents.$inferInsert;
// Postgres takes at most 65,535 parameters per statement: about 20 per row here.
const ROWS_PER_INSERT = 1_000;
const chunks = <T>(rows: readonly T[]) => Array.from({ length: Math.ceil(rows.length / ROWS_PER_INSERT) }, (_, n) => rows.slice(n * ROWS_PER_INSERT, (n + 1) * ROWS_PER_INSERT));

/**
 * Applies one connection's evaluation under its advisory lock, in one transaction: the items held
 * as entered, the ones that entered and left, and an alert event (the outbox row) for each —
 * either all land or none, and no two passes decide for one connection at once, so each
 * transition is recorded exactly once. Until a complete evaluation has been applied, what needs
 * attention is the baseline: held without an alert, and its clearing sent neither. A failed
 * evaluation (the connection could not be read) clears nothing: it says nothing of the items.
 * A transition of a muted rule is kept as a muted event, sent nowhere; an item that entered
 * muted is not announced, so its clearing is not sent either. The history (attention_episodes)
 * follows what is held, in the same transaction, muted and baseline items included.
 */
export async function recordAttentionTransitions(db: TDb, connection: TJudgedConnection, evaluation: TConnectionAttention): Promise<TAttentionRecorded> {
  const judgedAt = new Date(evaluation.connection.checkedAt);
  const complete = evaluation.connection.state === "ok";
  const items = alertableItems(evaluation.items);
  return db.transaction(async (tx) => {
    const idle = { stale: false, baseline: false, entered: 0, cleared: 0 };
    if (!(await tryConnectionLock(tx, connection.key, ATTENTION_LOCK_CLASS))) return { locked: false, ...idle };
    const [judgement] = await tx.select().from(attentionJudgements).where(eq(attentionJudgements.connectionKey, connection.key));
    // A pass that evaluated earlier but got the lock later must not undo a newer judgement.
    if (judgement && judgement.judgedAt.getTime() >= judgedAt.getTime()) return { locked: true, ...idle, stale: true };
    const baseline = !judgement?.baselineDone;
    const muted = await mutedRules(tx, connection.id, judgedAt);

    const held = await tx.select().from(attentionAlerts).where(eq(attentionAlerts.connectionKey, connection.key));
    const heldIds = new Set(held.map((row) => row.itemId));
    const presentIds = new Set(items.map((item) => item.id));
    const entering = items.filter((item) => !heldIds.has(item.id));
    const leaving = complete ? held.filter((row) => !presentIds.has(row.itemId)) : [];

    const events: Omit<TEventRow, "deliveries" | "deliveryStatus">[] = [];
    const common = { at: judgedAt, connectionId: connection.id, connectionName: connection.name };
    for (const part of chunks(entering)) {
      await tx.insert(attentionAlerts).values(
        part.map((item) => ({
          connectionKey: connection.key,
          itemId: item.id,
          connectionId: connection.id,
          vendor: item.vendor,
          kind: item.kind,
          severity: item.severity,
          title: item.title,
          detail: item.detail,
          href: item.href,
          enteredAt: judgedAt,
          announced: !baseline && !muted.has(item.kind),
        })),
      );
    }
    for (const part of chunks(leaving)) {
      await tx.delete(attentionAlerts).where(and(eq(attentionAlerts.connectionKey, connection.key), inArray(attentionAlerts.itemId, part.map((row) => row.itemId))));
    }
    // What cleared first: a connection read again says so before what it finds anew.
    for (const row of leaving.filter((row) => row.announced)) {
      const about = { vendor: row.vendor, rule: row.kind, itemId: row.itemId, title: row.title, detail: row.detail, href: row.href, severity: row.severity };
      events.push({ ...common, kind: "up", ...about, muted: muted.has(row.kind), message: clearedText({ ...row, connectionName: connection.name }, row.enteredAt, judgedAt) });
    }
    if (!baseline) {
      for (const item of entering) {
        const since = item.since ? new Date(item.since) : judgedAt;
        const about = { vendor: item.vendor, rule: item.kind, itemId: item.id, title: item.title, detail: item.detail, href: item.href, severity: item.severity };
        events.push({ ...common, kind: "down", ...about, muted: muted.has(item.kind), message: enteredText({ ...item, connectionName: connection.name }, since) });
      }
    }
    if (events.length) {
      const deliveries: Record<string, TAlertDelivery> = events.some((event) => !event.muted) ? await pendingDeliveries(tx) : {};
      const outbox = (event: (typeof events)[number]) =>
        event.muted || Object.keys(deliveries).length === 0 ? { deliveries: {}, deliveryStatus: "done" as const } : { deliveries, deliveryStatus: "pending" as const };
      for (const part of chunks(events)) await tx.insert(alertEvents).values(part.map((event) => ({ ...event, ...outbox(event) })));
    }

    const leavingIds = new Set(leaving.map((row) => row.itemId));
    const heldItem = (row: (typeof held)[number]): THeldItem => ({ itemId: row.itemId, vendor: row.vendor, rule: row.kind, title: row.title, severity: row.severity, href: row.href, startedAt: row.enteredAt, muted: false });
    const entered: THeldItem[] = entering.map((item) => ({
      itemId: item.id,
      vendor: item.vendor,
      rule: item.kind,
      title: item.title,
      severity: item.severity,
      href: item.href,
      startedAt: judgedAt,
      muted: !baseline && muted.has(item.kind),
    }));
    const stillHeld = held.filter((row) => !leavingIds.has(row.itemId)).map(heldItem);
    await reconcileEpisodes(tx, "attention", connection, [...stillHeld, ...entered], leaving.map(heldItem), judgedAt);

    const baselineDone = Boolean(judgement?.baselineDone) || complete;
    await tx
      .insert(attentionJudgements)
      .values({ connectionKey: connection.key, connectionId: connection.id, judgedAt, baselineDone })
      .onConflictDoUpdate({ target: attentionJudgements.connectionKey, set: { judgedAt, baselineDone } });
    return { locked: true, stale: false, baseline, entered: entering.length, cleared: leaving.length };
  });
}
