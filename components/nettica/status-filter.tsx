"use client";

import { ToggleGroup } from "@/components/ui/toggle-group";
import type { TNetticaHealth } from "@/lib/vendors/nettica/schemas";
import { HEALTH_LABEL, HEALTH_ORDER, type THealthCounts } from "./health";

export type TStatusFilter = TNetticaHealth | "all";

/** All / Down / Never seen / Up, each with how many devices (of those the search matches) it shows. */
export function StatusFilter({ value, counts, onChange }: { value: TStatusFilter; counts: THealthCounts; onChange: (value: TStatusFilter) => void }) {
  const options = [{ value: "all" as TStatusFilter, label: "All", count: counts.up + counts.down + counts.never }, ...HEALTH_ORDER.map((health) => ({ value: health as TStatusFilter, label: HEALTH_LABEL[health], count: counts[health] }))];
  return <ToggleGroup label="Filter by status" options={options} value={value} onChange={onChange} />;
}
