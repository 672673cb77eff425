"use client";

import { RefreshCw } from "lucide-react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { relativeTime } from "./relative-time";
import { useNow } from "@/components/ui/use-now";

function updatedAgo(updatedAt: number, now: number): string {
  const seconds = Math.max(0, Math.floor((now - updatedAt) / 1000));
  return seconds < 60 ? `${seconds} s ago` : relativeTime(updatedAt, now);
}

/** "Updated 8 s ago" (ticking every second) and a Refresh button. */
export function RefreshStatus({ updatedAt, refreshing, onRefresh }: { updatedAt: number; refreshing: boolean; onRefresh: () => void }) {
  const now = useNow(1_000);
  return (
    <div className="flex items-center gap-2">
      <span className="text-xs text-zinc-500 tabular-nums dark:text-zinc-400" data-testid="devices-updated">
        {refreshing ? "Refreshing…" : updatedAt ? `Updated ${updatedAgo(updatedAt, now)}` : ""}
      </span>
      {/* Not disabled while refreshing: a disabled button would drop keyboard focus every 15 s. */}
      <Button variant="secondary" size="sm" onClick={onRefresh} aria-busy={refreshing}>
        <RefreshCw size={14} aria-hidden className={cn(refreshing && "animate-spin")} />
        Refresh
      </Button>
    </div>
  );
}
