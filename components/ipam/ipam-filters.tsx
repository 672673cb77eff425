"use client";

import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import { PROVISION_RIRS } from "@/lib/vendors/provision/rirs";
import { NO_FILTERS, type TIpamFilters } from "./use-ipam-tree";

const LABEL = "flex flex-col gap-1 text-xs font-medium text-zinc-600 dark:text-zinc-300";

/** Type and RIR pick aggregates; assigned, region, VLAN and tags pick what shows inside them. */
export function IpamFilters({ filters, onChange }: { filters: TIpamFilters; onChange: (filters: TIpamFilters) => void }) {
  const set = (name: keyof TIpamFilters) => (event: { target: { value: string } }) => onChange({ ...filters, [name]: event.target.value });
  const active = Object.values(filters).some((value) => value.trim() !== "");
  return (
    <fieldset className="flex flex-wrap items-end gap-3">
      <legend className="sr-only">Filter blocks</legend>
      <label className={LABEL}>
        Type
        <Select value={filters.type} onChange={set("type")} className="w-28">
          <option value="">Both</option>
          <option value="IPv4">IPv4</option>
          <option value="IPv6">IPv6</option>
        </Select>
      </label>
      <label className={LABEL}>
        RIR
        <Select value={filters.rir} onChange={set("rir")} className="w-28">
          <option value="">Any</option>
          {PROVISION_RIRS.map((rir) => (
            <option key={rir} value={rir}>
              {rir}
            </option>
          ))}
        </Select>
      </label>
      <label className={LABEL}>
        Assigned
        <Select value={filters.assigned} onChange={set("assigned")} className="w-36">
          <option value="">Everything</option>
          <option value="assigned">Assigned only</option>
          <option value="unassigned">Free and held</option>
        </Select>
      </label>
      <label className={LABEL}>
        Region
        <Input value={filters.region} onChange={set("region")} placeholder="NYC" className="w-24" />
      </label>
      <label className={LABEL}>
        VLAN
        <Input value={filters.vlan} onChange={set("vlan")} inputMode="numeric" placeholder="120" className="w-20" />
      </label>
      <label className={LABEL}>
        Tags
        <Input value={filters.tags} onChange={set("tags")} placeholder="customer, vpn" className="w-36" />
      </label>
      {active && (
        <Button variant="ghost" size="sm" onClick={() => onChange(NO_FILTERS)}>
          Clear filters
        </Button>
      )}
    </fieldset>
  );
}
