"use client";

import { RefreshCw } from "lucide-react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";

const timeFormat = new Intl.DateTimeFormat(undefined, { timeStyle: "medium" });

/** "Updated 14:03:07" and a Refresh button that stays focusable while it refreshes. */
export function RefreshButton({ updatedAt, refreshing, onRefresh }: { updatedAt: number; refreshing: boolean; onRefresh: () => void }) {
  return (
    <div className="flex items-center gap-2">
      <span className="text-xs text-zinc-500 tabular-nums dark:text-zinc-400" data-testid="megaport-updated">
        {refreshing ? "Refreshing…" : updatedAt ? `Updated ${timeFormat.format(updatedAt)}` : ""}
      </span>
      <Button variant="secondary" size="sm" onClick={onRefresh} aria-busy={refreshing}>
        <RefreshCw size={14} aria-hidden className={cn(refreshing && "animate-spin")} />
        Refresh
      </Button>
    </div>
  );
}
