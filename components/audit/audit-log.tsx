"use client";

import { useQueryClient } from "@tanstack/react-query";
import { Download, RefreshCw } from "lucide-react";
import { useDeferredValue, useEffect, useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorState } from "@/components/ui/empty-state";
import { lazyTable } from "@/components/ui/lazy-part";
import { AuditFilters, type TAuditFilterState } from "./audit-filters";
import { rangeOf, rangeProblem } from "./audit-range";
import { auditUrlQuery, showInUrl, type TAuditView } from "./audit-url";
import { AUDIT_PAGE_SIZE, auditSearchParams, useAuditPage, type TAuditFilter } from "./use-audit";

// The table (action and target names, the details) loads beside the first page of events, not before the page.
const AuditTable = lazyTable(() => import("./audit-table").then((m) => m.AuditTable));

const count = (n: number) => n.toLocaleString();

/** The audit trail: filters, one page of events at a time (newest first), and the filtered range as CSV. `initial`: from the address bar. */
export function AuditLog({ initial }: { initial: TAuditView }) {
  const queryClient = useQueryClient();
  const [filters, setFilters] = useState(initial.filters);
  // The ids each page after the first starts before: Previous goes back one, any new filter starts over.
  const [cursors, setCursors] = useState(initial.cursors);
  const q = useDeferredValue(filters.q.trim());
  const inUrl = auditUrlQuery({ filters: { ...filters, q }, cursors });
  useEffect(() => showInUrl(inUrl), [inUrl]);
  const problem = rangeProblem(filters.range);
  const filter = useMemo<TAuditFilter>(
    () => ({ q, action: filters.action, outcome: filters.outcome, ...(problem ? {} : rangeOf(filters.range)) }),
    [q, filters.action, filters.outcome, filters.range, problem],
  );
  const before = cursors.at(-1);
  const query = useAuditPage(filter, before);
  const page = query.data;
  const first = cursors.length * AUDIT_PAGE_SIZE + 1;

  const changeFilters = (next: TAuditFilterState) => {
    setFilters(next);
    setCursors([]);
  };
  const refresh = () => {
    // A preset's start moves up to now, and the first page is read again (even where the range did not move).
    changeFilters({ ...filters, range: { ...filters.range, anchorMs: Date.now() } });
    void queryClient.invalidateQueries({ queryKey: ["audit"] });
  };

  return (
    <div className="space-y-3">
      <AuditFilters value={filters} onChange={changeFilters} rangeProblem={problem} />
      <div className="flex flex-wrap items-center gap-2">
        <p className="text-sm text-zinc-600 dark:text-zinc-400" aria-live="polite">
          {page && page.events.length > 0
            ? `Events ${count(first)}–${count(first + page.events.length - 1)} of ${page.totalCapped ? `more than ${count(page.total)}` : count(page.total)}`
            : page
              ? "No events"
              : "Loading…"}
        </p>
        <div className="ml-auto flex flex-wrap gap-2">
          <Button variant="secondary" size="sm" onClick={refresh} disabled={query.isFetching}>
            <RefreshCw size={14} aria-hidden />
            Refresh
          </Button>
          <a
            href={`/api/audit/export?${auditSearchParams(filter)}`}
            download
            className="inline-flex h-8 items-center gap-1.5 rounded-md border border-zinc-300 bg-white px-2.5 text-xs font-medium text-zinc-800 hover:bg-zinc-100 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100 dark:hover:bg-zinc-800"
          >
            <Download size={14} aria-hidden />
            Export CSV
          </a>
        </div>
      </div>
      {query.error && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
      <AuditTable events={page?.events} busy={query.isFetching} />
      <nav aria-label="Audit pages" className="flex items-center justify-end gap-2">
        <Button variant="secondary" size="sm" onClick={() => setCursors(cursors.slice(0, -1))} disabled={cursors.length === 0 || query.isFetching}>
          Newer events
        </Button>
        <Button variant="secondary" size="sm" onClick={() => page?.nextBefore && setCursors([...cursors, page.nextBefore])} disabled={!page?.nextBefore || query.isFetching}>
          Older events
        </Button>
      </nav>
    </div>
  );
}
