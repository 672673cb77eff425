"use client";

import { useState } from "react";
import { ErrorState } from "@/components/ui/empty-state";
import { Select } from "@/components/ui/input";
import { HISTORY_DEFAULT_DAYS, HISTORY_RANGES } from "@/lib/attention/history-types";
import type { TVendor } from "@/lib/vendors/vendor-names";
import { HistoryVendors } from "./history-vendors";
import { useAttentionHistory } from "./use-attention-history";

const RANGE_LABELS: Record<(typeof HISTORY_RANGES)[number], string> = { 1: "24 h", 7: "7 days", 30: "30 days", 90: "90 days" };

/** What needed attention and when, per vendor: "lon-gw-01 is down 10:02 – 10:41 (39 min)". `vendors`: those with a connection. */
export function AttentionHistory({ vendors, now }: { vendors: readonly TVendor[]; now: number }) {
  const [days, setDays] = useState<number>(HISTORY_DEFAULT_DAYS);
  const { data, error, isPending, refetch } = useAttentionHistory(days);
  const shown = data?.vendors.filter((section) => vendors.includes(section.vendor)) ?? [];
  return (
    <section aria-labelledby="history-heading" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="history-heading" className="text-lg font-semibold">
          History
        </h2>
        <label className="flex items-center gap-2 text-sm text-zinc-600 dark:text-zinc-400">
          Range
          <Select className="w-32" value={days} onChange={(event) => setDays(Number(event.target.value))}>
            {HISTORY_RANGES.map((range) => (
              <option key={range} value={range}>
                {RANGE_LABELS[range]}
              </option>
            ))}
          </Select>
        </label>
      </div>
      {error ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : isPending ? (
        <p role="status" className="text-sm text-zinc-500 dark:text-zinc-400">
          Loading the history…
        </p>
      ) : (
        <HistoryVendors sections={shown} days={data!.days} now={now} />
      )}
    </section>
  );
}
