"use client";

import { cn } from "@/components/ui/cn";
import { Input, Select } from "@/components/ui/input";
import type { TServiceFilter } from "@/lib/vendors/megaport/service-filter";
import { statusLook, STATUS_ORDER } from "./format";

export type TFilterOption = { value: string; label: string };

const TYPES: [string, string][] = [["all", "All"], ["MEGAPORT", "Ports"], ["MCR2", "MCRs"], ["MVE", "MVEs"]];

type TProps = {
  filter: TServiceFilter;
  onChange: (patch: Partial<TServiceFilter>) => void;
  typeCounts: Record<string, number>;
  statusCounts: Record<string, number>;
  locations: TFilterOption[];
  companies: TFilterOption[];
};

/** Search by name or UID; type as buttons; status, location and company as lists; every choice with its count. */
export function ServiceFilters({ filter, onChange, typeCounts, statusCounts, locations, companies }: TProps) {
  const count = (n: number | undefined) => (n ?? 0).toLocaleString("en-US");
  const statuses = STATUS_ORDER.filter((status) => (statusCounts[status] ?? 0) > 0 || filter.status === status);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Input
        type="search"
        aria-label="Search services by name or UID"
        placeholder="Search name or UID…"
        value={filter.search}
        onChange={(event) => onChange({ search: event.target.value })}
        className="w-64"
      />
      <div role="group" aria-label="Filter by type" className="inline-flex overflow-hidden rounded-md border border-zinc-300 dark:border-zinc-700">
        {TYPES.map(([value, label]) => (
          <button
            key={value}
            type="button"
            aria-pressed={filter.type === value}
            onClick={() => onChange({ type: value })}
            className={cn(
              "h-9 border-l border-zinc-300 px-3 text-sm first:border-l-0 dark:border-zinc-700",
              filter.type === value ? "bg-sky-600 text-white" : "bg-white text-zinc-700 hover:bg-zinc-100 dark:bg-zinc-900 dark:text-zinc-300 dark:hover:bg-zinc-800",
            )}
          >
            {label} <span className={cn("ml-1 tabular-nums", filter.type === value ? "text-sky-100" : "text-zinc-500 dark:text-zinc-400")}>{count(typeCounts[value])}</span>
          </button>
        ))}
      </div>
      <label className="flex items-center gap-1.5 text-sm text-zinc-600 dark:text-zinc-300">
        Status
        <Select value={filter.status} onChange={(event) => onChange({ status: event.target.value })} className="w-auto">
          <option value="current">All but decommissioned ({count(statusCounts.current)})</option>
          {statuses.map((status) => (
            <option key={status} value={status}>
              {statusLook(status).label} ({count(statusCounts[status])})
            </option>
          ))}
          <option value="all">All statuses ({count(statusCounts.all)})</option>
        </Select>
      </label>
      <label className="flex items-center gap-1.5 text-sm text-zinc-600 dark:text-zinc-300">
        Location
        <Select value={filter.location} onChange={(event) => onChange({ location: event.target.value })} className="w-auto max-w-64">
          <option value="all">All locations</option>
          {locations.map((location) => (
            <option key={location.value} value={location.value}>
              {location.label}
            </option>
          ))}
        </Select>
      </label>
      {companies.length > 1 && (
        <label className="flex items-center gap-1.5 text-sm text-zinc-600 dark:text-zinc-300">
          Company
          <Select value={filter.company} onChange={(event) => onChange({ company: event.target.value })} className="w-auto">
            <option value="all">All companies</option>
            {companies.map((company) => (
              <option key={company.value} value={company.value}>
                {company.label}
              </option>
            ))}
          </Select>
        </label>
      )}
    </div>
  );
}
