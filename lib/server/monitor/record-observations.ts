import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { TDb } from "../db/open-database";
import { alertEvents, monitorState, type TAlertDelivery } from "../db/schema";
import { NETTICA_VPN_RULE } from "@/lib/alerts/alert-rules";
import { mutedRules } from "../alerts/alert-mutes";
import { pendingDeliveries } from "../alerts/pending-deliveries";
import { reconcileEpisodes } from "../attention/attention-episodes";
import { tryConnectionLock } from "./connection-lock";
import { vpnAlertFields } from "./vpn-alert-fields";
import { transitionText } from "./vpn-transition-text";
import type { TVpnObservation } from "./watched-vpns";

export type TRecorded = { locked: boolean; transitions: number };
type TVpnNames = { deviceId: string; deviceName: string; vpnName: string; netName: string };

/**
 * Applies one connection's observations under its advisory lock, in one transaction: read the
 * state, decide, write the new state and the alert event (the outbox row) together. Either both
 * land or neither does, and no two passes decide for the same connection at once, so each
 * transition is recorded exactly once. A pass that cannot get the lock skips the connection:
 * the pass holding it is judging the same devices.
 */
export async function recordObservations(
  db: TDb,
  /** `stateKey`: where its state is kept (monitorStateKey); events name the connection by `id`. */
  connection: { id: string; stateKey: string; name: string },
  observations: TVpnObservation[],
  observedAt: Date,
): Promise<TRecorded> {
  return db.transaction(async (tx) => {
    if (!(await tryConnectionLock(tx, connection.stateKey))) return { locked: false, transitions: 0 };
    const rows = await tx.select().from(monitorState).where(eq(monitorState.connectionId, connection.stateKey));
    const known = new Map(rows.map((row) => [row.vpnId, row]));
    let deliveries: Record<string, TAlertDelivery> | undefined;
    let muted: boolean | undefined;
    let transitions = 0;
    // VPNs that came back up or are no longer watched, from when they went down: the history's episodes they end.
    const left: typeof rows = [];

    /** The alert event (the outbox row) of a VPN's new state; a muted rule's is kept for the history and sent nowhere. */
    const alert = async (event: { vpnId: string; names: TVpnNames; state: "up" | "down"; lastSeen: Date | null; previousSince: Date | null; found: boolean }) => {
      muted ??= (await mutedRules(tx, connection.id, observedAt)).has(NETTICA_VPN_RULE);
      deliveries ??= muted ? {} : await pendingDeliveries(tx);
      const { names, state, lastSeen } = event;
      const message = transitionText({ kind: state, at: observedAt, connectionName: connection.name, ...names, lastSeen, previousSince: event.previousSince, found: event.found });
      await tx.insert(alertEvents).values({
        at: observedAt,
        kind: state,
        connectionId: connection.id,
        connectionName: connection.name,
        ...vpnAlertFields(connection.id, { ...names, vpnId: event.vpnId }),
        vpnId: event.vpnId,
        ...names,
        lastSeen,
        message,
        muted,
        deliveries,
        deliveryStatus: Object.keys(deliveries).length ? "pending" : "done",
      });
    };

    for (const vpn of observations) {
      if (vpn.health === "never") continue; // nothing to judge (see watched-vpns.ts)
      const state = vpn.health;
      const lastSeen = vpn.lastSeenMs === null ? null : new Date(vpn.lastSeenMs);
      const names = { deviceId: vpn.deviceId, deviceName: vpn.deviceName, vpnName: vpn.vpnName, netName: vpn.netName };
      const row = known.get(vpn.vpnId);
      if (!row) {
        // First sight (first start, new VPN): establishes the state. One found down is alerted once,
        // as the seed's monitor does on its first pass: an admin would otherwise never hear of it.
        const inserted = await tx
          .insert(monitorState)
          .values({ connectionId: connection.stateKey, vpnId: vpn.vpnId, ...names, state, since: observedAt, lastSeen, updatedAt: observedAt })
          .onConflictDoNothing()
          .returning({ vpnId: monitorState.vpnId });
        if (inserted.length > 0 && state === "down") {
          await alert({ vpnId: vpn.vpnId, names, state, lastSeen, previousSince: null, found: true });
          transitions += 1;
        }
        continue;
      }
      // A pass that fetched earlier but got the lock later must not undo a newer judgement.
      if (row.updatedAt.getTime() >= observedAt.getTime()) continue;
      const key = and(eq(monitorState.connectionId, connection.stateKey), eq(monitorState.vpnId, vpn.vpnId));
      if (row.state === state) {
        await tx.update(monitorState).set({ ...names, lastSeen, updatedAt: observedAt }).where(key);
        continue;
      }
      await tx.update(monitorState).set({ ...names, state, since: observedAt, lastSeen, updatedAt: observedAt }).where(key);
      if (state === "up") left.push(row);
      await alert({ vpnId: vpn.vpnId, names, state, lastSeen, previousSince: row.since, found: false });
      transitions += 1;
    }

    // A VPN that is gone, or has no endpoint any more, is no longer watched.
    const present = new Set(observations.map((vpn) => vpn.vpnId));
    const goneRows = rows.filter((row) => !present.has(row.vpnId));
    left.push(...goneRows.filter((row) => row.state === "down"));
    const gone = goneRows.map((row) => row.vpnId);
    if (gone.length) await tx.delete(monitorState).where(and(eq(monitorState.connectionId, connection.stateKey), inArray(monitorState.vpnId, gone)));

    // The history: a VPN held down is an open episode (from when the monitor saw it go down), closed when it is up or no longer watched.
    const down = await tx.select().from(monitorState).where(and(eq(monitorState.connectionId, connection.stateKey), eq(monitorState.state, "down")));
    const episode = (row: (typeof rows)[number]) => {
      const fields = vpnAlertFields(connection.id, row);
      return { itemId: fields.itemId, vendor: fields.vendor, rule: fields.rule, title: fields.title, severity: fields.severity, href: fields.href, startedAt: row.since, muted: muted ?? false };
    };
    await reconcileEpisodes(tx, "monitor", { key: connection.stateKey, id: connection.id, name: connection.name }, down.map(episode), left.map(episode), observedAt);
    return { locked: true, transitions };
  });
}
