"use client";

import { useDeferredValue, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState, ErrorState } from "@/components/ui/empty-state";
import { Input, Select } from "@/components/ui/input";
import { DeliveryBadges } from "./delivery-badges";
import { SendAgainButton } from "./send-again-button";
import { useAlertEvents } from "./use-alert-events";

const HEADERS = ["Time", "Connection", "Device", "VPN / network", "Status", "Delivery"];

/** Every down/up alert, newest first, with what each channel made of it; operators may send a given-up one again. */
export function AlertHistory({ canSendAgain }: { canSendAgain: boolean }) {
  const [q, setQ] = useState("");
  const [kind, setKind] = useState("");
  const search = useDeferredValue(q.trim());
  const query = useAlertEvents(kind, search);
  const events = query.data?.pages.flat() ?? [];
  const filtered = Boolean(kind || search);

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        <Input type="search" aria-label="Search alerts" placeholder="Search device, VPN or network…" value={q} onChange={(e) => setQ(e.target.value)} className="max-w-xs" />
        <Select aria-label="Status" value={kind} onChange={(e) => setKind(e.target.value)} className="w-40">
          <option value="">Down and up</option>
          <option value="down">Down only</option>
          <option value="up">Up only</option>
        </Select>
      </div>
      {query.error && <ErrorState error={query.error} />}
      {!query.error && !query.isPending && events.length === 0 ? (
        <EmptyState title={filtered ? "No alerts match" : "No alerts yet"}>
          {filtered ? "Try another search or status." : "When a Nettica VPN with an endpoint stops checking in for more than 5 minutes, it shows here — and again when it is back."}
        </EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-zinc-200 bg-zinc-50 text-xs text-zinc-500 uppercase dark:border-zinc-800 dark:bg-zinc-900/60">
              <tr>
                {HEADERS.map((header) => (
                  <th key={header} scope="col" className="px-3 py-2 font-medium">
                    {header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {events.map((event) => (
                <tr key={event.id} title={event.message} className="border-b border-zinc-100 align-top last:border-0 dark:border-zinc-800">
                  <td className="px-3 py-2 whitespace-nowrap">
                    <time dateTime={event.at}>{new Date(event.at).toLocaleString()}</time>
                  </td>
                  <td className="px-3 py-2">{event.connection}</td>
                  <td className="px-3 py-2 font-medium">{event.device}</td>
                  <td className="px-3 py-2">
                    <div>{event.vpn}</div>
                    <div className="text-xs text-zinc-500">{event.network}</div>
                  </td>
                  <td className="px-3 py-2">
                    <Badge tone={event.kind === "down" ? "red" : "green"}>{event.kind === "down" ? "Down" : "Up"}</Badge>
                  </td>
                  <td className="px-3 py-2">
                    <DeliveryBadges deliveries={event.deliveries} />
                    {canSendAgain && <SendAgainButton event={event} />}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {query.isPending && <p className="p-6 text-center text-sm text-zinc-500">Loading…</p>}
        </div>
      )}
      {query.hasNextPage && (
        <Button variant="secondary" onClick={() => query.fetchNextPage()} disabled={query.isFetchingNextPage}>
          {query.isFetchingNextPage ? "Loading…" : "Load older alerts"}
        </Button>
      )}
    </div>
  );
}
