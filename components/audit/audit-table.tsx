"use client";

import { AUDIT_COLUMNS, AuditEventRow } from "./audit-row";
import type { TAuditRow } from "./use-audit";

/** One page of events; undefined while the first page loads. */
export function AuditTable({ events, busy }: { events: TAuditRow[] | undefined; busy: boolean }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
      <table className="w-full text-left text-sm" aria-label="Audit trail" aria-busy={busy}>
        <thead className="border-b border-zinc-200 text-xs uppercase text-zinc-500 dark:border-zinc-800">
          <tr>
            {AUDIT_COLUMNS.map((h) => (
              <th key={h} scope="col" className="px-3 py-2 font-medium">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {events?.map((event) => (
            <AuditEventRow key={event.id} event={event} />
          ))}
        </tbody>
      </table>
      {events?.length === 0 && <p className="p-6 text-center text-sm text-zinc-500">No events match.</p>}
    </div>
  );
}
