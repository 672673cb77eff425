"use client";

import { cn } from "@/components/ui/cn";
import type { TNetticaHealth } from "@/lib/vendors/nettica/schemas";
import { formatCount, HEALTH_LABEL, HEALTH_ORDER, type THealthCounts } from "./health";

export type TStatusFilter = TNetticaHealth | "all";

/** All / Down / Never seen / Up, each with how many devices (of those the search matches) it shows. */
export function StatusFilter({ value, counts, onChange }: { value: TStatusFilter; counts: THealthCounts; onChange: (value: TStatusFilter) => void }) {
  const total = counts.up + counts.down + counts.never;
  const options: [TStatusFilter, string, number][] = [["all", "All", total], ...HEALTH_ORDER.map((health): [TStatusFilter, string, number] => [health, HEALTH_LABEL[health], counts[health]])];
  return (
    <div role="group" aria-label="Filter by status" className="inline-flex overflow-hidden rounded-md border border-zinc-300 dark:border-zinc-700">
      {options.map(([option, label, count]) => (
        <button
          key={option}
          type="button"
          aria-pressed={value === option}
          onClick={() => onChange(option)}
          className={cn(
            "h-9 border-l border-zinc-300 px-3 text-sm first:border-l-0 dark:border-zinc-700",
            value === option ? "bg-sky-600 text-white" : "bg-white text-zinc-700 hover:bg-zinc-100 dark:bg-zinc-900 dark:text-zinc-300 dark:hover:bg-zinc-800",
          )}
        >
          {label} <span className={cn("ml-1 tabular-nums", value === option ? "text-sky-100" : "text-zinc-500 dark:text-zinc-400")}>{formatCount(count)}</span>
        </button>
      ))}
    </div>
  );
}
