import "server-only";
import { and, eq, gt } from "drizzle-orm";
import { vendorPageHref } from "@/lib/attention/item-hrefs";
import { getDb } from "@/lib/server/db/client";
import { connectionDrift } from "@/lib/server/db/schema";
import type { TUpstreamConnection } from "@/lib/server/upstream";
import type { TFinding } from "./finding";

/** Records left out of a vendor list in the last day are still news: the vendor changed something Patchbay does not read. */
export const DRIFT_RECENT_MS = 24 * 3_600_000;

/** The connection could not be checked; `message` is already fit for any signed-in role (safeMessage). */
export function connectionFailing(connection: TUpstreamConnection, message: string): TFinding {
  return {
    kind: `${connection.vendor}.connection_failing`,
    subject: "connection",
    severity: "critical",
    title: `Connection ${connection.name} is failing`,
    detail: message,
    href: vendorPageHref(connection.vendor, connection.id),
    startedAt: null,
  };
}

/** Each list of the connection with records Patchbay could not read (table connection_drift), seen in the last day. */
export async function schemaDrift(connection: TUpstreamConnection, now: number): Promise<TFinding[]> {
  const rows = await (await getDb())
    .select()
    .from(connectionDrift)
    .where(and(eq(connectionDrift.connectionId, connection.id), gt(connectionDrift.seenAt, new Date(now - DRIFT_RECENT_MS))));
  return rows.map((row) => ({
    kind: `${connection.vendor}.schema_drift`,
    subject: row.operation,
    severity: "warning",
    title: `${row.count} record${row.count === 1 ? "" : "s"} Patchbay could not read`,
    detail: `${row.operation}: ${row.reason}`,
    href: vendorPageHref(connection.vendor, connection.id),
    startedAt: null,
  }));
}
