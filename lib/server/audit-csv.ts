import "server-only";
import { actionName } from "@/lib/audit/audit-actions";
import { targetName } from "@/lib/audit/audit-target";
import { csvLine } from "@/lib/csv-cell";
import { listAudit, type TAuditEvent, type TAuditFilter } from "./audit";

const HEADER = ["time", "user", "action", "action_code", "target", "target_raw", "outcome", "ip", "details", "id"];
/** Rows read per query: the export streams, so memory stays flat however long the range. */
const BATCH = 1_000;

export function auditCsvRow(event: TAuditEvent): string {
  const target = targetName(event);
  return csvLine([
    event.at.toISOString(),
    event.actorEmail,
    actionName(event.action, event.outcome),
    event.action,
    target ? [target.name, target.context].filter(Boolean).join(" — ") : null,
    event.target,
    event.outcome,
    event.ip,
    Object.keys(event.details).length ? JSON.stringify(event.details) : null,
    event.id,
  ]);
}

/** The filtered trail as CSV, newest first, read in batches as the browser takes it. */
export function auditCsvStream(filter: TAuditFilter): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let before: number | undefined;
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        // A byte-order mark: spreadsheets then read the file as UTF-8 (names, "→" in targets).
        controller.enqueue(encoder.encode(`\uFEFF${csvLine(HEADER)}`));
        return;
      }
      const events = await listAudit({ ...filter, before, limit: BATCH });
      if (events.length) controller.enqueue(encoder.encode(events.map(auditCsvRow).join("")));
      if (events.length < BATCH) controller.close();
      else before = events.at(-1)!.id;
    },
  });
}

const stamp = (date: Date) => date.toISOString().slice(0, 16).replace(/:/g, "").replace("T", "-");

/** "patchbay-audit-2026-03-01-0800Z-to-2026-03-08-0800Z.csv": the range the file holds, in UTC. */
export function auditCsvName(filter: TAuditFilter, now = new Date()): string {
  return `patchbay-audit-${filter.from ? `${stamp(filter.from)}Z` : "start"}-to-${stamp(filter.to ?? now)}Z.csv`;
}
