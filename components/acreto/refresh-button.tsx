"use client";

import { RefreshCw } from "lucide-react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";

/** Refresh, spinning while a refresh runs; never disabled, so keyboard focus stays on it. */
export function RefreshButton({ refreshing, onRefresh }: { refreshing: boolean; onRefresh: () => void }) {
  return (
    <Button variant="secondary" size="sm" onClick={onRefresh} aria-busy={refreshing}>
      <RefreshCw size={14} aria-hidden className={cn(refreshing && "animate-spin")} />
      Refresh
    </Button>
  );
}
