import "server-only";
import type { TAttentionItem, TConnectionAttention } from "@/lib/attention/attention-types";
import type { TThresholds } from "@/lib/attention/threshold-fields";
import { connectionStatus } from "@/lib/server/connection-status";
import { log } from "@/lib/server/log";
import type { TUpstreamConnection } from "@/lib/server/upstream";
import { recordSightings } from "./attention-state";
import { connectionFailing, schemaDrift } from "./common-findings";
import type { TFinding } from "./finding";
import { CHECK_FAILED_UNEXPECTEDLY, safeMessage, safeText } from "./safe-message";
import { vendorFindings } from "./vendor-findings";

/** vendor/connection/rule/subject, each part percent-encoded: the same item has the same id on every instance. */
export function attentionItemId(connection: TUpstreamConnection, finding: Pick<TFinding, "kind" | "subject">): string {
  const rule = finding.kind.slice(finding.kind.indexOf(".") + 1);
  return [connection.vendor, connection.id, rule, finding.subject].map(encodeURIComponent).join("/");
}

/**
 * What one connection needs now, judged by its thresholds (connectionThresholds). Never throws: a
 * connection that cannot be checked (its status check failing, a rule throwing) is one critical
 * item and a section that says why, and nothing of what it showed before is forgotten.
 */
export async function evaluateConnection(connection: TUpstreamConnection, thresholds: TThresholds): Promise<TConnectionAttention> {
  const now = Date.now();
  const findingsRead = await findingsOf(connection, now, thresholds);
  let { error } = findingsRead;
  let items: TAttentionItem[] = [];
  try {
    items = await dated(connection, findingsRead.findings, now, error === null);
  } catch (failure) {
    log.error({ err: failure, connection: connection.id }, "attention items could not be dated");
    // Not a complete answer: read as one, its empty list would clear (and alert on) every item the connection has.
    error ??= CHECK_FAILED_UNEXPECTEDLY;
  }
  return {
    vendor: connection.vendor,
    connection: { id: connection.id, name: connection.name, state: error === null ? "ok" : "failed", error, checkedAt: new Date(now).toISOString() },
    items,
  };
}

async function findingsOf(connection: TUpstreamConnection, now: number, thresholds: TThresholds): Promise<{ findings: TFinding[]; error: string | null }> {
  // Shared with the overview's connection cards: one status call per connection and interval for both.
  const status = await connectionStatus(connection);
  if (!status.ok) {
    const message = safeText(connection, status.message);
    return { findings: [connectionFailing(connection, message)], error: message };
  }
  try {
    const vendor = await vendorFindings(connection.vendor, connection, now, thresholds);
    // After the vendor's reads, which note what they could not read.
    const drift = await schemaDrift(connection, now);
    return { findings: [...vendor, ...drift], error: null };
  } catch (failure) {
    const message = safeMessage(connection, failure);
    return { findings: [connectionFailing(connection, message)], error: message };
  }
}

/** Each finding with its id and since, once it has lasted long enough to be shown; the first sighting is kept in the database. */
async function dated(connection: TUpstreamConnection, findings: readonly TFinding[], now: number, complete: boolean): Promise<TAttentionItem[]> {
  // One item per id: a subject a vendor lists twice must not be written twice in one statement.
  const byId = new Map<string, TFinding>();
  for (const finding of findings) {
    const id = attentionItemId(connection, finding);
    if (!byId.has(id)) byId.set(id, finding);
  }
  let firstSeen = new Map<string, Date>();
  try {
    firstSeen = await recordSightings(connection.id, [...byId].map(([id, { kind }]) => ({ id, kind })), new Date(now), complete);
  } catch (failure) {
    // Still shown, with the vendor's own time where it gives one.
    log.warn({ err: failure, connection: connection.id }, "attention sightings not recorded");
  }
  return [...byId].flatMap(([id, finding]): TAttentionItem[] => {
    const since = finding.startedAt ?? firstSeen.get(id)?.getTime() ?? null;
    if (finding.showAfterMs !== undefined && (since === null || now - since < finding.showAfterMs)) return [];
    return [
      {
        id,
        vendor: connection.vendor,
        connectionId: connection.id,
        connectionName: connection.name,
        kind: finding.kind,
        severity: finding.severity,
        title: safeText(connection, finding.title),
        detail: safeText(connection, finding.detail),
        href: finding.href,
        since: since === null ? null : new Date(since).toISOString(),
      },
    ];
  });
}
