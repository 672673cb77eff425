"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import type { SortingState } from "@tanstack/react-table";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { ConnectionSwitcher, type TConnectionOption } from "@/components/ui/connection-switcher";
import { ErrorState } from "@/components/ui/empty-state";
import { FilterBar, FilterSelect } from "@/components/ui/filter-bar";
import { PageHeader } from "@/components/ui/page-header";
import { RefreshStatus } from "@/components/ui/refresh-status";
import { lazyTable } from "@/components/ui/lazy-part";
import { useNow } from "@/components/ui/use-now";
import { fleetListParams, type TFleetList } from "@/lib/n2n-fleet/fleet-list-url";
import { FLEET_STATUSES, FLEET_STATUS_LABELS, type TFleetSort } from "@/lib/n2n-fleet/fleet-view";
import { enterpriseTree } from "./enterprise-tree";
import { EnrolDialog } from "./enrol-dialog";
import { EnterpriseFilter } from "./enterprise-filter";
import { FleetScanNotice } from "./fleet-scan-notice";
import { rowsThatFit } from "./fit-rows";
import { formatCount } from "./format";
import { Pager } from "./pager";
import { ThrottleNotice } from "./throttle-notice";
import { UsageSummary } from "./usage-summary";
import type { FleetTable as TFleetTable } from "./fleet-table";
import { useN2nFleet } from "./use-n2n-fleet";

const FleetTable = lazyTable<typeof TFleetTable>(() => import("./fleet-table").then((m) => m.FleetTable));

type TProps = { connections: TConnectionOption[]; connectionId: string; initialList: TFleetList; canEnrol: boolean };

/** Keeps the list in the address bar (reload and share keep it) without a server round trip. */
function showInUrl(connectionId: string, list: TFleetList) {
  window.history.replaceState(null, "", `?${new URLSearchParams([["connection", connectionId], ...fleetListParams(list)])}`);
}

/**
 * One N2N connection's whole fleet, from Patchbay's index of it (one scan of N2N per interval for
 * everyone): search, status, type and enterprise filters and every sort are over all devices, on the
 * server, and cost N2N nothing. The first page holds as many rows as fit the window.
 */
export function DevicesView({ connections, connectionId, initialList, canEnrol }: TProps) {
  const connection = connections.find((c) => c.id === connectionId)!;
  // The page size that fits the window, when the address bar names none (the server cannot know it; its render shows "Loading" either way).
  const [list, setList] = useState<TFleetList>(() => (initialList.limit === undefined && typeof window !== "undefined" ? { ...initialList, limit: rowsThatFit(window.innerHeight, window.innerWidth) } : initialList));
  const [search, setSearch] = useState(initialList.q ?? "");
  const [enrolling, setEnrolling] = useState(false);
  const typing = useRef<number | undefined>(undefined);
  const now = useNow(30_000);

  // A fitted page size stays out of the address bar and the device links: a reload or a shared link fits its own window.
  const [limitChosen, setLimitChosen] = useState(initialList.limit !== undefined);
  const linked = useMemo(() => (limitChosen ? list : { ...list, limit: undefined }), [limitChosen, list]);
  useEffect(() => showInUrl(connectionId, linked), [connectionId, linked]);
  const go = (change: Partial<TFleetList>) => setList((current) => ({ ...current, skip: 0, ...change }));
  // Only a settled search asks the server.
  const onSearch = (value: string) => {
    setSearch(value);
    window.clearTimeout(typing.current);
    typing.current = window.setTimeout(() => go({ q: value.trim() || undefined }), 250);
  };

  const sized = list.limit === undefined ? null : { ...list, limit: list.limit };
  const { query, scanNow, scanning } = useN2nFleet(connectionId, sized ?? { ...list, limit: 10 }, sized !== null);
  const fleet = query.data;
  const enterprises = useMemo(() => enterpriseTree([...(fleet?.enterprises ?? []), ...(list.enterpriseId ? [list.enterpriseId] : [])]), [fleet?.enterprises, list.enterpriseId]);
  const sorting: SortingState = [{ id: list.sort, desc: list.dir === "desc" }];
  const filtered = Boolean(list.q || list.status || list.type || list.enterpriseId);
  const clear = () => {
    setSearch("");
    window.clearTimeout(typing.current);
    go({ q: undefined, status: undefined, type: undefined, enterpriseId: undefined });
  };

  return (
    <>
      <PageHeader
        title="N2N DL — LoRaWAN devices"
        description={
          <span data-testid="device-counts">
            {connection.name}
            {fleet && ` · ${formatCount(fleet.total)} ${fleet.total === 1 ? "device" : "devices"}`}
            {fleet && fleet.statusCounts.silent > 0 && ` · ${formatCount(fleet.statusCounts.silent)} silent`}
          </span>
        }
        actions={
          <div className="flex flex-wrap items-center gap-3">
            <ConnectionSwitcher connections={connections} selectedId={connectionId} />
            {canEnrol && <Button onClick={() => setEnrolling(true)}>Enrol device</Button>}
            <RefreshStatus updatedAt={fleet ? Date.parse(fleet.scannedAt) : 0} refreshing={scanning || (query.isFetching && fleet !== undefined)} onRefresh={() => void scanNow()} testId="fleet-scanned" />
          </div>
        }
      />
      <UsageSummary connectionId={connectionId} className="-mt-4 mb-4 text-xs text-zinc-500 tabular-nums dark:text-zinc-400" />
      <div className="space-y-3">
        <ThrottleNotice failureReason={query.failureReason} fetching={query.isFetching} />
        <FilterBar
          search={{ label: "Search all devices", placeholder: "Search all devices: DevEUI or id, name, type, group…", value: search, onChange: onSearch }}
          count={filtered && fleet ? `${formatCount(fleet.matching)} of ${formatCount(fleet.total)} match` : ""}
          countTestId="fleet-matching"
        >
          <FilterSelect label="Status" value={list.status ?? ""} onChange={(e) => go({ status: (e.target.value || undefined) as TFleetList["status"] })} className="w-auto">
            <option value="">All statuses</option>
            {FLEET_STATUSES.map((status) => (
              <option key={status} value={status}>
                {FLEET_STATUS_LABELS[status]}
                {fleet ? ` (${formatCount(fleet.statusCounts[status])})` : ""}
              </option>
            ))}
          </FilterSelect>
          <FilterSelect label="Type" value={list.type ?? ""} onChange={(e) => go({ type: e.target.value || undefined })} className="w-auto max-w-64">
            <option value="">All types</option>
            {[...new Set([...(fleet?.types ?? []), ...(list.type ? [list.type] : [])])].map((type) => (
              <option key={type} value={type}>
                {type}
              </option>
            ))}
          </FilterSelect>
          <EnterpriseFilter key={list.enterpriseId ?? ""} value={list.enterpriseId ?? null} suggestions={enterprises} onChange={(enterpriseId) => go({ enterpriseId: enterpriseId ?? undefined })} />
        </FilterBar>
        {!fleet && (query.isPending || !sized) ? (
          <p role="status" className="rounded-lg border border-zinc-200 bg-white p-8 text-center text-sm text-zinc-500 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-400">
            Loading devices from {connection.name}…
          </p>
        ) : query.isError && !fleet ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          fleet && (
            <>
              {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} stale="The table still shows the devices loaded before." />}
              <FleetScanNotice fleet={fleet} />
              <div className="flex flex-wrap items-center justify-between gap-2">
                <p className="text-xs text-zinc-500 dark:text-zinc-400">
                  Silent: no uplink for over {fleet.silentAfterHours} h, the connection&apos;s threshold. RSSI and battery are from the newest uplink Patchbay has read.
                </p>
                <Pager
                  limit={fleet.limit}
                  skip={fleet.skip}
                  selectedLimit={list.limit ?? fleet.limit}
                  shown={fleet.devices.length}
                  total={fleet.matching}
                  hasMore={fleet.skip + fleet.devices.length < fleet.matching}
                  busy={query.isFetching}
                  onPage={(skip) => go({ skip })}
                  onLimit={(limit) => {
                    setLimitChosen(true);
                    go({ limit, skip: Math.floor(fleet.skip / limit) * limit });
                  }}
                />
              </div>
              <div className={cn(query.isPlaceholderData && "opacity-60 transition-opacity")} aria-busy={query.isPlaceholderData}>
                <FleetTable
                  connectionId={connectionId}
                  devices={fleet.devices}
                  list={linked}
                  now={now}
                  silentAfterHours={fleet.silentAfterHours}
                  sorting={{ state: sorting, onChange: ([first]) => go({ sort: (first?.id ?? "status") as TFleetSort, dir: first?.desc ? "desc" : "asc" }) }}
                  caption={`Devices of ${connection.name}, ${fleet.skip + 1} to ${fleet.skip + fleet.devices.length} of ${fleet.matching}`}
                  empty={
                    fleet.total === 0 ? (
                      "This connection has no devices yet."
                    ) : fleet.matching === 0 ? (
                      <>
                        No device matches.{" "}
                        <Button variant="ghost" size="sm" onClick={clear}>
                          Clear search and filters
                        </Button>
                      </>
                    ) : (
                      "No devices on this page: the previous page was the last one."
                    )
                  }
                />
              </div>
            </>
          )
        )}
      </div>
      {canEnrol && <EnrolDialog open={enrolling} onClose={() => setEnrolling(false)} connectionId={connectionId} enterprises={enterprises} enterpriseId={list.enterpriseId ?? null} />}
    </>
  );
}
