"use client";

import { useDeferredValue, useState } from "react";
import { Button } from "@/components/ui/button";
import { EmptyState, ErrorState } from "@/components/ui/empty-state";
import { FilterBar, FilterSelect } from "@/components/ui/filter-bar";
import { VENDOR_NAMES, VENDORS } from "@/lib/vendors/vendor-names";
import { AlertEventRow } from "./alert-event-row";
import { useAlertEvents } from "./use-alert-events";

const HEADERS = ["Time", "Vendor", "What", "Severity", "Status", "Delivery"];

/** Every alert, newest first — items entering attention and clearing, Nettica VPNs down and up — with what each channel made of it; operators may send a given-up one again, or mute its rule. */
export function AlertHistory({ canSendAgain }: { canSendAgain: boolean }) {
  const [q, setQ] = useState("");
  const [kind, setKind] = useState("");
  const [vendor, setVendor] = useState("");
  const search = useDeferredValue(q.trim());
  const query = useAlertEvents(kind, search, vendor);
  const events = query.data?.pages.flat() ?? [];
  const filtered = Boolean(kind || search || vendor);

  return (
    <div className="space-y-3">
      <FilterBar search={{ label: "Search alerts", placeholder: "Search what, device, VPN or network…", value: q, onChange: setQ }}>
        <FilterSelect label="Status" value={kind} onChange={(e) => setKind(e.target.value)}>
          <option value="">Every change</option>
          <option value="down">Down or entered only</option>
          <option value="up">Up or cleared only</option>
        </FilterSelect>
        <FilterSelect label="Vendor" value={vendor} onChange={(e) => setVendor(e.target.value)}>
          <option value="">Every vendor</option>
          {VENDORS.map((name) => (
            <option key={name} value={name}>
              {VENDOR_NAMES[name].label}
            </option>
          ))}
        </FilterSelect>
      </FilterBar>
      {query.error && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
      {!query.error && !query.isPending && events.length === 0 ? (
        <EmptyState title={filtered ? "No alerts match" : "No alerts yet"}>
          {filtered
            ? "Try another search, status or vendor."
            : "When something on a connection comes to need attention (what the overview lists), or a Nettica VPN with an endpoint stops checking in for more than 5 minutes, it shows here — and again when it is clear."}
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
                <AlertEventRow key={event.id} event={event} canAct={canSendAgain} />
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
