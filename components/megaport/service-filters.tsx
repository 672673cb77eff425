"use client";

import type { ReactNode } from "react";
import { FilterBar, FilterSelect } from "@/components/ui/filter-bar";
import { ToggleGroup } from "@/components/ui/toggle-group";
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
  /** How many services show, on the bar's right. */
  shown: ReactNode;
};

/** Search by name or UID; type as buttons; status, location and company as lists; every choice with its count. */
export function ServiceFilters({ filter, onChange, typeCounts, statusCounts, locations, companies, shown }: TProps) {
  const count = (n: number | undefined) => (n ?? 0).toLocaleString("en-US");
  const statuses = STATUS_ORDER.filter((status) => (statusCounts[status] ?? 0) > 0 || filter.status === status);
  return (
    <FilterBar search={{ label: "Search services by name or UID", placeholder: "Search name or UID…", value: filter.search, onChange: (search) => onChange({ search }) }} count={shown} countTestId="megaport-shown">
      <ToggleGroup label="Filter by type" options={TYPES.map(([value, label]) => ({ value, label, count: typeCounts[value] ?? 0 }))} value={filter.type} onChange={(type) => onChange({ type })} />
      <FilterSelect label="Status" value={filter.status} onChange={(event) => onChange({ status: event.target.value })}>
        <option value="current">All but decommissioned ({count(statusCounts.current)})</option>
        {statuses.map((status) => (
          <option key={status} value={status}>
            {statusLook(status).label} ({count(statusCounts[status])})
          </option>
        ))}
        <option value="all">All statuses ({count(statusCounts.all)})</option>
      </FilterSelect>
      <FilterSelect label="Location" value={filter.location} onChange={(event) => onChange({ location: event.target.value })} className="w-auto max-w-64">
        <option value="all">All locations</option>
        {locations.map((location) => (
          <option key={location.value} value={location.value}>
            {location.label}
          </option>
        ))}
      </FilterSelect>
      {companies.length > 1 && (
        <FilterSelect label="Company" value={filter.company} onChange={(event) => onChange({ company: event.target.value })}>
          <option value="all">All companies</option>
          {companies.map((company) => (
            <option key={company.value} value={company.value}>
              {company.label}
            </option>
          ))}
        </FilterSelect>
      )}
    </FilterBar>
  );
}
