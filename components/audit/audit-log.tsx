"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useDeferredValue, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ErrorState } from "@/components/ui/empty-state";
import { Input, Select } from "@/components/ui/input";
import { api } from "@/lib/api-client";

type TAuditRow = { id: number; at: string; actorEmail: string | null; action: string; target: string | null; outcome: "ok" | "denied" | "failed"; ip: string | null; details: Record<string, unknown> };
const PAGE = 100;
const OUTCOME_TONE = { ok: "green", denied: "amber", failed: "red" } as const;

export function AuditLog() {
  const [q, setQ] = useState("");
  const [outcome, setOutcome] = useState("");
  const search = useDeferredValue(q);
  const query = useInfiniteQuery({
    queryKey: ["audit", search, outcome],
    initialPageParam: 0,
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams({ limit: String(PAGE) });
      if (search) params.set("q", search);
      if (outcome) params.set("outcome", outcome);
      if (pageParam) params.set("before", String(pageParam));
      return api<{ events: TAuditRow[] }>(`/api/audit?${params}`).then((r) => r.events);
    },
    getNextPageParam: (last) => (last.length === PAGE ? last[last.length - 1]!.id : undefined),
  });
  const events = query.data?.pages.flat() ?? [];

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        <Input type="search" aria-label="Search the audit trail" placeholder="Search action, target or user…" value={q} onChange={(e) => setQ(e.target.value)} className="max-w-xs" />
        <Select aria-label="Outcome" value={outcome} onChange={(e) => setOutcome(e.target.value)} className="w-40">
          <option value="">All outcomes</option>
          <option value="ok">ok</option>
          <option value="failed">failed</option>
          <option value="denied">denied</option>
        </Select>
      </div>
      {query.error && <ErrorState error={query.error} />}
      <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
        <table className="w-full text-left text-sm">
          <thead className="border-b border-zinc-200 text-xs uppercase text-zinc-500 dark:border-zinc-800">
            <tr>
              {["Time", "User", "Action", "Target", "Outcome", "IP", "Details"].map((h) => (
                <th key={h} scope="col" className="px-3 py-2 font-medium">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {events.map((event) => (
              <tr key={event.id} className="border-b border-zinc-100 last:border-0 dark:border-zinc-800">
                <td className="px-3 py-2 whitespace-nowrap">
                  <time dateTime={event.at}>{new Date(event.at).toLocaleString()}</time>
                </td>
                <td className="px-3 py-2">{event.actorEmail ?? "—"}</td>
                <td className="px-3 py-2 font-mono text-xs">{event.action}</td>
                <td className="px-3 py-2">{event.target ?? "—"}</td>
                <td className="px-3 py-2">
                  <Badge tone={OUTCOME_TONE[event.outcome]}>{event.outcome}</Badge>
                </td>
                <td className="px-3 py-2 font-mono text-xs">{event.ip ?? "—"}</td>
                <td className="max-w-xs truncate px-3 py-2 font-mono text-xs" title={JSON.stringify(event.details)}>
                  {Object.keys(event.details).length ? JSON.stringify(event.details) : ""}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {!query.isPending && events.length === 0 && <p className="p-6 text-center text-sm text-zinc-500">No events match.</p>}
      </div>
      {query.hasNextPage && (
        <Button variant="secondary" onClick={() => query.fetchNextPage()} disabled={query.isFetchingNextPage}>
          Load older events
        </Button>
      )}
    </div>
  );
}
