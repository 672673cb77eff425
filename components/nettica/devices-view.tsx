"use client";

import Link from "next/link";
import { useDeferredValue, useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorState } from "@/components/ui/empty-state";
import { FilterBar } from "@/components/ui/filter-bar";
import { PageHeader } from "@/components/ui/page-header";
import { RefreshStatus } from "@/components/ui/refresh-status";
import { UnreadableNotice } from "@/components/ui/unreadable-notice";
import { netticaTimeMs } from "@/lib/vendors/nettica/nettica-time";
import { ConnectionSwitcher, type TConnectionOption } from "@/components/ui/connection-switcher";
import { lazyTable } from "@/components/ui/lazy-part";
import { searchDevices } from "./device-search";
import type { DeviceTable as TDeviceTable } from "./device-table";
import { countByHealth, formatCount, HEALTH_LABEL, healthSummary } from "./health";
import { StatusFilter, type TStatusFilter } from "./status-filter";
import { useNetticaDevices } from "./use-nettica-devices";
import { useNow } from "@/components/ui/use-now";

const DeviceTable = lazyTable<typeof TDeviceTable>(() => import("./device-table").then((m) => m.DeviceTable));

/** Every device of one Nettica connection: counts, search, status filter, sortable virtualised table, auto-refresh. */
export function DevicesView({ connections, connectionId }: { connections: TConnectionOption[]; connectionId: string }) {
  const connection = connections.find((c) => c.id === connectionId)!;
  const query = useNetticaDevices(connectionId);
  const [search, setSearch] = useState("");
  const [status, setStatus] = useState<TStatusFilter>("all");
  const deferredSearch = useDeferredValue(search);
  const now = useNow(10_000);

  const devices = query.data?.devices;
  const matching = useMemo(() => searchDevices(devices ?? [], deferredSearch), [devices, deferredSearch]);
  const matchingCounts = useMemo(() => countByHealth(matching), [matching]);
  const shown = useMemo(() => (status === "all" ? matching : matching.filter((d) => d.health === status)), [matching, status]);
  const totals = useMemo(() => countByHealth(devices ?? []), [devices]);

  // Relative times are measured on the server's clock: the browser's may be off.
  const fetchedAtMs = query.data ? (netticaTimeMs(query.data.fetchedAt) ?? query.dataUpdatedAt) : 0;
  const serverNow = Math.max(now, query.dataUpdatedAt) + (fetchedAtMs - query.dataUpdatedAt);
  const filtered = deferredSearch.trim() !== "" || status !== "all";

  return (
    <>
      <PageHeader
        title="Nettica — VPN devices"
        description={
          <>
            <span data-testid="device-counts">
              {connection.name}
              {devices && ` · ${formatCount(devices.length)} ${devices.length === 1 ? "device" : "devices"} · ${healthSummary(totals)}`}
            </span>
            <span className="block text-xs">
              A device is down after 300 s without a check-in. Alerts count VPNs instead: each VPN that others dial (one with an endpoint) —{" "}
              <Link href="/alerts" className="text-sky-700 underline dark:text-sky-400">
                see Alerts
              </Link>
              .
            </span>
          </>
        }
        actions={
          <div className="flex flex-wrap items-center gap-3">
            <ConnectionSwitcher connections={connections} selectedId={connectionId} />
            <RefreshStatus updatedAt={query.dataUpdatedAt} refreshing={query.isFetching} onRefresh={() => void query.refetch()} testId="devices-updated" />
          </div>
        }
      />
      {query.isPending ? (
        <p role="status" className="rounded-lg border border-zinc-200 bg-white p-8 text-center text-sm text-zinc-500 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-400">
          Loading devices from {connection.name}…
        </p>
      ) : query.isError && !devices ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <div className="space-y-3">
          {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} stale="The table shows the last devices Patchbay received." />}
          {/* Nested VPN records may be among those left out: then they are counted as records, not devices. */}
          <UnreadableNotice unreadable={query.data?.unreadable} what={query.data?.unreadable?.reasons.every((reason) => reason.startsWith("device ")) ? "devices" : "records"} />
          <FilterBar
            search={{ label: "Search devices", placeholder: "Search name, description, network or endpoint…", value: search, onChange: setSearch }}
            count={`${formatCount(shown.length)} of ${formatCount(devices?.length ?? 0)} devices`}
          >
            <StatusFilter value={status} counts={matchingCounts} onChange={setStatus} />
          </FilterBar>
          <DeviceTable
            devices={shown}
            connectionId={connectionId}
            nowMs={serverNow}
            caption={`Devices of ${connection.name}${status === "all" ? "" : `, ${HEALTH_LABEL[status].toLowerCase()} only`}`}
            empty={
              devices?.length === 0 ? (
                "This connection has no devices yet."
              ) : (
                <>
                  No devices match{filtered ? " the search and filter" : ""}.{" "}
                  {filtered && (
                    <Button variant="ghost" size="sm" onClick={() => { setSearch(""); setStatus("all"); }}>
                      Clear filters
                    </Button>
                  )}
                </>
              )
            }
          />
        </div>
      )}
    </>
  );
}
