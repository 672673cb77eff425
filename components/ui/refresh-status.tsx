"use client";

import { RefreshCw } from "lucide-react";
import { useState } from "react";
import { Button } from "./button";
import { cn } from "./cn";
import { formatMoment } from "./format-time";
import { updatedAgo } from "./updated-ago";
import { useNow } from "./use-now";

type TProps = { updatedAt: number; refreshing: boolean; onRefresh: () => void; testId?: string };

/**
 * Every vendor page's header: "Updated 12 s ago" (ticking each second) and Refresh, its icon spinning
 * while any refresh runs. The button is never disabled: that would drop keyboard focus at each
 * auto-refresh. Screen readers hear only the refreshes the admin asked for, not each tick.
 */
export function RefreshStatus({ updatedAt, refreshing, onRefresh, testId }: TProps) {
  const now = useNow(1_000, updatedAt > 0);
  const [asked, setAsked] = useState(false);
  return (
    <div className="flex items-center gap-2">
      {/* The server's clock and the browser's give different ages: the browser's wins without a warning. */}
      <span className="text-xs text-zinc-500 tabular-nums dark:text-zinc-400" data-testid={testId} title={updatedAt ? formatMoment(updatedAt) : undefined} suppressHydrationWarning>
        {updatedAt ? `Updated ${updatedAgo(updatedAt, now)}` : ""}
      </span>
      <span aria-live="polite" className="sr-only">
        {asked ? (refreshing ? "Refreshing…" : "Updated just now") : ""}
      </span>
      <Button
        variant="secondary"
        size="sm"
        onClick={() => {
          setAsked(true);
          onRefresh();
        }}
        aria-busy={refreshing}
      >
        <RefreshCw size={14} aria-hidden className={cn(refreshing && "animate-spin")} />
        Refresh
      </Button>
    </div>
  );
}
