"use client";

import { useDeferredValue, useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { ConnectionSwitcher, type TConnectionOption } from "@/components/ui/connection-switcher";
import { ErrorState } from "@/components/ui/empty-state";
import { FilterBar, FilterSelect } from "@/components/ui/filter-bar";
import { PageHeader } from "@/components/ui/page-header";
import { RefreshStatus } from "@/components/ui/refresh-status";
import { SortableTable } from "@/components/ui/tables";
import { UnreadableNotice } from "@/components/ui/unreadable-notice";
import type { TN2nDeviceListInput } from "@/lib/vendors/n2n/schemas";
import { deviceColumns } from "./device-columns";
import { enterpriseTree, groupsOf, searchDevices } from "./device-search";
import { EnrolDialog } from "./enrol-dialog";
import { EnterpriseFilter } from "./enterprise-filter";
import { formatCount } from "./format";
import { Pager } from "./pager";
import { ThrottleNotice } from "./throttle-notice";
import { UsageSummary } from "./usage-summary";
import { useN2nDevices } from "./use-n2n-devices";

type TProps = { connections: TConnectionOption[]; connectionId: string; initialPage: TN2nDeviceListInput; canEnrol: boolean };

/** Keeps the page in the address bar (reload and share keep it) without a server round trip. */
function showInUrl(connectionId: string, page: TN2nDeviceListInput) {
  const params = new URLSearchParams({ connection: connectionId, limit: String(page.limit), skip: String(page.skip) });
  if (page.enterpriseId) params.set("enterpriseId", page.enterpriseId);
  window.history.replaceState(null, "", `?${params}`);
}

/** One N2N connection's devices, a page at a time (N2N's limit/skip), with search, sort and a group filter within the page. */
export function DevicesView({ connections, connectionId, initialPage, canEnrol }: TProps) {
  const connection = connections.find((c) => c.id === connectionId)!;
  const [page, setPage] = useState(initialPage);
  const query = useN2nDevices(connectionId, page);
  const [search, setSearch] = useState("");
  const [group, setGroup] = useState("");
  const [enrolling, setEnrolling] = useState(false);
  const deferredSearch = useDeferredValue(search);

  const go = (next: TN2nDeviceListInput) => {
    setPage(next);
    showInUrl(connectionId, next);
  };
  const shownPage = query.data;
  const devices = shownPage?.devices;
  const groups = useMemo(() => groupsOf(devices ?? []), [devices]);
  const shown = useMemo(() => searchDevices(devices ?? [], deferredSearch, group), [devices, deferredSearch, group]);
  const enterprises = useMemo(() => enterpriseTree([...(devices ?? []).map((d) => d.enterpriseId), ...(page.enterpriseId ? [page.enterpriseId] : [])]), [devices, page.enterpriseId]);
  const columns = useMemo(() => deviceColumns(connectionId, { limit: page.limit, skip: page.skip, enterpriseId: page.enterpriseId }), [connectionId, page.limit, page.skip, page.enterpriseId]);
  const filtered = deferredSearch.trim() !== "" || group !== "";

  return (
    <>
      <PageHeader
        title="N2N DL — LoRaWAN devices"
        description={
          <span data-testid="device-counts">
            {connection.name}
            {shownPage?.total != null && ` · ${formatCount(shownPage.total)} ${shownPage.total === 1 ? "device" : "devices"}${shownPage.enterpriseId ? ` in ${shownPage.enterpriseId}` : ""}`}
          </span>
        }
        actions={
          <div className="flex flex-wrap items-center gap-3">
            <ConnectionSwitcher connections={connections} selectedId={connectionId} />
            {canEnrol && <Button onClick={() => setEnrolling(true)}>Enrol device</Button>}
            <RefreshStatus updatedAt={query.dataUpdatedAt} refreshing={query.isFetching} onRefresh={() => void query.refetch()} />
          </div>
        }
      />
      <UsageSummary connectionId={connectionId} className="-mt-4 mb-4 text-xs text-zinc-500 tabular-nums dark:text-zinc-400" />
      <div className="space-y-3">
        <ThrottleNotice failureReason={query.failureReason} fetching={query.isFetching} />
        <FilterBar
          search={{ label: "Search this page", placeholder: "Search this page: DevEUI or id, name, group…", value: search, onChange: setSearch }}
          count={filtered && shownPage ? `${formatCount(shown.length)} of ${formatCount(shownPage.devices.length)} on this page match` : ""}
        >
          <FilterSelect label="Group" value={group} onChange={(e) => setGroup(e.target.value)} className="w-auto max-w-64">
            <option value="">All groups on this page</option>
            {groups.map((g) => (
              <option key={g} value={g}>
                {g}
              </option>
            ))}
          </FilterSelect>
          <EnterpriseFilter key={page.enterpriseId ?? ""} value={page.enterpriseId ?? null} suggestions={enterprises} onChange={(enterpriseId) => go({ limit: page.limit, skip: 0, enterpriseId: enterpriseId ?? undefined })} />
        </FilterBar>
        {query.isPending ? (
          <p role="status" className="rounded-lg border border-zinc-200 bg-white p-8 text-center text-sm text-zinc-500 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-400">
            Loading devices from {connection.name}…
          </p>
        ) : query.isError && !shownPage ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          shownPage && (
            <>
              {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} stale="The table still shows the page loaded before." />}
              <UnreadableNotice unreadable={shownPage.unreadable} what="devices" />
              <div className="flex flex-wrap items-center justify-end gap-2">
                <Pager
                  limit={shownPage.limit}
                  skip={shownPage.skip}
                  selectedLimit={page.limit}
                  shown={shownPage.received}
                  total={shownPage.total}
                  hasMore={shownPage.hasMore}
                  busy={query.isFetching}
                  onPage={(skip) => go({ ...page, limit: shownPage.limit, skip })}
                  onLimit={(limit) => go({ ...page, limit, skip: Math.floor(shownPage.skip / limit) * limit })}
                />
              </div>
              <div className={cn(query.isPlaceholderData && "opacity-60 transition-opacity")} aria-busy={query.isPlaceholderData}>
                {/* No problems-first order, unlike the other vendors' tables: a row has no status yet, so N2N's own order stands. */}
                <SortableTable
                  rows={shown}
                  columns={columns}
                  rowKey={(d) => d.deviceId}
                  caption={`Devices of ${connection.name}, ${shownPage.skip + 1} to ${shownPage.skip + shownPage.devices.length}`}
                  empty={
                    shownPage.devices.length === 0 ? (
                      shownPage.skip > 0 ? (
                        "No devices on this page: the previous page was the last one."
                      ) : shownPage.enterpriseId ? (
                        `No devices in ${shownPage.enterpriseId}.`
                      ) : (
                        "This connection has no devices yet."
                      )
                    ) : (
                      <>
                        No device on this page matches.{" "}
                        {filtered && (
                          <Button variant="ghost" size="sm" onClick={() => { setSearch(""); setGroup(""); }}>
                            Clear search and group
                          </Button>
                        )}
                      </>
                    )
                  }
                />
              </div>
            </>
          )
        )}
      </div>
      {canEnrol && (
        <EnrolDialog open={enrolling} onClose={() => setEnrolling(false)} connectionId={connectionId} enterprises={enterprises} enterpriseId={page.enterpriseId ?? null} />
      )}
    </>
  );
}
