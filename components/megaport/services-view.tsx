"use client";

import { useDeferredValue, useMemo } from "react";
import { Button } from "@/components/ui/button";
import { ConnectionSwitcher, type TConnectionOption } from "@/components/ui/connection-switcher";
import { ErrorState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { countServices } from "@/lib/vendors/megaport/service-counts";
import { DEFAULT_SERVICE_FILTER, filterServices, GONE_STATUS, locationKey, statusCounts, typeCounts } from "@/lib/vendors/megaport/service-filter";
import { formatLocation, plural } from "./format";
import { MegaportTabs } from "./megaport-tabs";
import { RefreshButton } from "./refresh-button";
import { ServiceFilters, type TFilterOption } from "./service-filters";
import { serviceLines } from "./service-lines";
import { ServicesSummary } from "./services-summary";
import { ServicesTable } from "./services-table";
import { UsageNote } from "./usage-note";
import { useServiceFilter } from "./use-service-filter";
import { useServicesData } from "./use-services-data";

/** Every port, MCR and MVE of the connection's companies with their VXCs and IXs: counts, filters, search, nested table. */
export function ServicesView({ connections, connectionId }: { connections: TConnectionOption[]; connectionId: string }) {
  const connection = connections.find((c) => c.id === connectionId)!;
  const [filter, setFilter] = useServiceFilter();
  const data = useServicesData(connectionId, filter.company);
  const search = useDeferredValue(filter.search);
  // A link may name a company this login no longer holds: then every company is listed.
  const companyKnown = data.companies.some((c) => String(c.companyId) === filter.company);
  const company = companyKnown ? filter.company : "all";
  const applied = useMemo(() => ({ ...filter, company, search }), [filter, company, search]);

  const { rows } = data;
  const matches = useMemo(() => filterServices(rows, applied), [rows, applied]);
  const lines = useMemo(() => serviceLines(matches), [matches]);
  const counts = useMemo(() => countServices(rows), [rows]);
  const byStatus = useMemo(() => statusCounts(rows, applied), [rows, applied]);
  const byType = useMemo(() => typeCounts(rows, applied), [rows, applied]);
  const locations = useMemo(() => locationOptions(rows, filter.location), [rows, filter.location]);
  const companyOptions: TFilterOption[] = data.companies.map((c) => ({ value: String(c.companyId), label: c.companyName }));

  const hiddenGone = filter.status === "current" ? (byStatus[GONE_STATUS] ?? 0) : 0;
  const filtered = JSON.stringify({ ...filter, company: "all" }) !== JSON.stringify({ ...DEFAULT_SERVICE_FILTER, company: "all" });
  const showCompany = new Set(rows.map((row) => row.company.id ?? row.company.uid)).size > 1;

  return (
    <>
      <PageHeader
        title="Megaport — Interconnect services"
        description={
          <span className="flex flex-wrap gap-x-3">
            <span>{connection.name}</span>
            <UsageNote usage={data.usage} />
          </span>
        }
        actions={
          <div className="flex flex-wrap items-center gap-3">
            <ConnectionSwitcher connections={connections} selectedId={connectionId} />
            <RefreshButton updatedAt={data.updatedAt} refreshing={data.fetching} onRefresh={data.refetch} />
          </div>
        }
      />
      <MegaportTabs connectionId={connectionId} current="services" />
      {data.identity.isError && !data.identity.data ? (
        <ErrorState error={data.identity.error} />
      ) : data.pending ? (
        <p role="status" className="rounded-lg border border-zinc-200 bg-white p-8 text-center text-sm text-zinc-500 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-400">
          Loading services from {connection.name}…
        </p>
      ) : (
        <div className="space-y-3">
          {data.problems.map((problem) => (
            <p key={String(problem.companyId)} role="alert" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-200">
              Could not list the services of {problem.name}: {problem.message}
            </p>
          ))}
          <ServicesSummary counts={counts} />
          <ServiceFilters filter={{ ...filter, company }} onChange={setFilter} typeCounts={byType} statusCounts={byStatus} locations={locations} companies={companyOptions} />
          <p className="flex flex-wrap items-center gap-x-2 text-xs text-zinc-500 tabular-nums dark:text-zinc-400" aria-live="polite" data-testid="megaport-shown">
            <span>{`Showing ${matches.length.toLocaleString("en-US")} of ${plural(rows.length, "service")}`}</span>
            {hiddenGone > 0 && (
              <>
                <span>{`· ${hiddenGone.toLocaleString("en-US")} decommissioned hidden`}</span>
                <Button variant="ghost" size="sm" onClick={() => setFilter({ status: "all" })}>
                  Show them
                </Button>
              </>
            )}
          </p>
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

/** Every location the services are at, by name, each with how many services; the chosen one stays listed. */
function locationOptions(rows: ReturnType<typeof useServicesData>["rows"], chosen: string): TFilterOption[] {
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
