"use client";

import { ChevronLeft, ChevronRight } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/input";
import { FLEET_PAGE_SIZES } from "@/lib/n2n-fleet/fleet-view";
import { formatCount } from "./format";

type TProps = {
  /** The page shown (it stays while the next one loads). */
  limit: number;
  skip: number;
  /** The page size picked, possibly still loading. */
  selectedLimit: number;
  shown: number;
  total: number | null;
  hasMore: boolean;
  busy: boolean;
  onPage: (skip: number) => void;
  onLimit: (limit: number) => void;
};

/** Where this page sits among the devices that match, the page size (the usual ones and the one that fits the screen), Previous and Next. */
export function rangeText({ limit, skip, shown, total, hasMore }: Pick<TProps, "limit" | "skip" | "shown" | "total" | "hasMore">): string {
  if (shown === 0) return skip === 0 ? "No devices" : `No devices after ${formatCount(skip)}`;
  const range = `Devices ${formatCount(skip + 1)}–${formatCount(skip + shown)}`;
  const page = ` · page ${formatCount(Math.floor(skip / limit) + 1)}`;
  if (total !== null) return `${range} of ${formatCount(total)}${page}`;
  return `${range}${hasMore ? ", more after these" : ""}${page}`;
}

export function Pager(props: TProps) {
  const { limit, skip, selectedLimit, hasMore, busy, onPage, onLimit } = props;
  // Not disabled while loading (a disabled button drops keyboard focus): both move from the page shown, so a double click moves once.
  return (
    <nav aria-label="Device pages" aria-busy={busy} className="flex flex-wrap items-center gap-2">
      <span className="text-xs text-zinc-600 tabular-nums dark:text-zinc-400" data-testid="page-range" aria-live="polite">
        {rangeText(props)}
      </span>
      <label className="ml-2 flex items-center gap-1.5 text-xs text-zinc-600 dark:text-zinc-400">
        Page size
        <Select value={selectedLimit} onChange={(e) => onLimit(Number(e.target.value))} className="h-8 w-24">
          {[...new Set([...FLEET_PAGE_SIZES, selectedLimit])].sort((a, b) => a - b).map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </Select>
      </label>
      <Button variant="secondary" size="sm" onClick={() => onPage(Math.max(0, skip - limit))} disabled={skip === 0}>
        <ChevronLeft size={14} aria-hidden />
        Previous
      </Button>
      <Button variant="secondary" size="sm" onClick={() => onPage(skip + limit)} disabled={!hasMore}>
        Next
        <ChevronRight size={14} aria-hidden />
      </Button>
    </nav>
  );
}
