"use client";

import { useDeferredValue, useMemo } from "react";
import { Button } from "@/components/ui/button";
import { ConnectionSwitcher, type TConnectionOption } from "@/components/ui/connection-switcher";
import { PageHeader } from "@/components/ui/page-header";
import { RefreshStatus } from "@/components/ui/refresh-status";
import { UnreadableNotice } from "@/components/ui/unreadable-notice";
import { VendorErrorState } from "@/components/vendor-mfa/vendor-error-state";
import { countServices } from "@/lib/vendors/megaport/service-counts";
import { companyKey, DEFAULT_SERVICE_FILTER, filterServices, GONE_STATUS, locationKey, statusCounts, typeCounts } from "@/lib/vendors/megaport/service-filter";
import type { TMegaportServiceRow } from "@/lib/vendors/megaport/views";
import { formatLocation, plural } from "./format";
import { relayKeyOf } from "./megaport-keys";
import { MegaportTabs } from "./megaport-tabs";
import { ServiceFilters, type TFilterOption } from "./service-filters";
import { serviceLines } from "./service-lines";
import { ServicesSummary } from "./services-summary";
import { lazyTable } from "@/components/ui/lazy-part";
import type { ServicesTable as TServicesTable } from "./services-table";
import { UsageNote } from "./usage-note";
import { useMegaportServices } from "./use-megaport-services";
import { useServiceFilter } from "./use-service-filter";

const ServicesTable = lazyTable<typeof TServicesTable>(() => import("./services-table").then((m) => m.ServicesTable));

const NO_ROWS: TMegaportServiceRow[] = [];

/** Every port, MCR and MVE of the connection's company with their VXCs and IXs: counts, filters, search, nested table. */
export function ServicesView({ connections, connectionId }: { connections: TConnectionOption[]; connectionId: string }) {
  const connection = connections.find((c) => c.id === connectionId)!;
  const [filter, setFilter] = useServiceFilter();
  const query = useMegaportServices(connectionId);
  const rows = query.data?.services ?? NO_ROWS;
  const search = useDeferredValue(filter.search);
  const companyOptions = useMemo(() => companyOptionsOf(rows), [rows]);
  // A link may name a company no longer listed: then every company is shown.
  const company = companyOptions.some((c) => c.value === filter.company) ? filter.company : "all";
  const applied = useMemo(() => ({ ...filter, company, search }), [filter, company, search]);

  const matches = useMemo(() => filterServices(rows, applied), [rows, applied]);
  const lines = useMemo(() => serviceLines(matches), [matches]);
  const counts = useMemo(() => countServices(rows), [rows]);
  const byStatus = useMemo(() => statusCounts(rows, applied), [rows, applied]);
  const byType = useMemo(() => typeCounts(rows, applied), [rows, applied]);
  const locations = useMemo(() => locationOptions(rows, filter.location), [rows, filter.location]);

  const hiddenGone = filter.status === "current" ? (byStatus[GONE_STATUS] ?? 0) : 0;
  const filtered = JSON.stringify({ ...filter, company: "all" }) !== JSON.stringify({ ...DEFAULT_SERVICE_FILTER, company: "all" });
  const showCompany = companyOptions.length > 1;

  return (
    <>
      <PageHeader
        title="Megaport — Interconnect services"
        description={
          <span className="flex flex-wrap gap-x-3">
            <span>{connection.name}</span>
            <UsageNote usage={query.data?.usage} />
          </span>
        }
        actions={
          <div className="flex flex-wrap items-center gap-3">
            <ConnectionSwitcher connections={connections} selectedId={connectionId} />
            <RefreshStatus updatedAt={query.dataUpdatedAt} refreshing={query.isFetching} onRefresh={() => void query.refetch()} testId="megaport-updated" />
          </div>
        }
      />
      <MegaportTabs connectionId={connectionId} current="services" />
      {query.isError && !query.data ? (
        <VendorErrorState error={query.error} relayKey={relayKeyOf(connectionId)} onRetry={() => void query.refetch()} />
      ) : query.isPending ? (
        <p role="status" className="rounded-lg border border-zinc-200 bg-white p-8 text-center text-sm text-zinc-500 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-400">
          Loading services from {connection.name}…
        </p>
      ) : (
        <div className="space-y-3">
          {query.isError && <VendorErrorState error={query.error} relayKey={relayKeyOf(connectionId)} onRetry={() => void query.refetch()} stale="The table shows the last services Patchbay received." />}
          <UnreadableNotice unreadable={query.data?.unreadable} what="services" />
          <ServicesSummary counts={counts} />
          <ServiceFilters
            filter={{ ...filter, company }}
            onChange={setFilter}
            typeCounts={byType}
            statusCounts={byStatus}
            locations={locations}
            companies={companyOptions}
            shown={
              <>
                <span>{`Showing ${matches.length.toLocaleString("en-US")} of ${plural(rows.length, "service")}`}</span>
                {hiddenGone > 0 && (
                  <>
                    <span>{`· ${hiddenGone.toLocaleString("en-US")} decommissioned hidden`}</span>
                    <Button variant="ghost" size="sm" onClick={() => setFilter({ status: "all" })}>
                      Show them
                    </Button>
                  </>
                )}
              </>
            }
          />
          <ServicesTable
            lines={lines}
            connectionId={connectionId}
            showCompany={showCompany}
            caption={`Services of ${connection.name}`}
            empty={
              rows.length === 0 ? (
                "This account has no services yet."
              ) : (
                <>
                  No services match the filters.{" "}
                  {filtered && (
                    <Button variant="ghost" size="sm" onClick={() => setFilter({ ...DEFAULT_SERVICE_FILTER, company })}>
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

/** The companies the services belong to (one, unless Megaport lists another company's too). */
function companyOptionsOf(rows: readonly TMegaportServiceRow[]): TFilterOption[] {
  const found = new Map<string, string>();
  for (const row of rows) found.set(companyKey(row.company), row.company.name ?? row.company.uid ?? "Unnamed company");
  return [...found].map(([value, label]) => ({ value, label }));
}

/** Every location the services are at, by name, each with how many services; the chosen one stays listed. */
function locationOptions(rows: readonly TMegaportServiceRow[], chosen: string): TFilterOption[] {
  const found = new Map<string, { label: string; count: number }>();
  for (const row of rows) {
    const key = locationKey(row.location);
    const entry = found.get(key) ?? { label: formatLocation(row.location), count: 0 };
    entry.count += 1;
    found.set(key, entry);
  }
  const options = [...found].sort((a, b) => a[1].label.localeCompare(b[1].label)).map(([value, { label, count }]) => ({ value, label: `${label} (${count})` }));
  if (chosen !== "all" && !found.has(chosen)) options.unshift({ value: chosen, label: "A location no longer listed" });
  return options;
}
