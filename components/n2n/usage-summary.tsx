"use client";

import type { TN2nUsage } from "@/lib/vendors/n2n/schemas";
import { formatCount } from "./format";
import { useN2nUsage } from "./use-n2n-usage";

export function usageText(usage: TN2nUsage): string {
  const today = `Today (UTC ${usage.day}): ${formatCount(usage.callsToday)}${usage.perDay ? ` of ${formatCount(usage.perDay)}` : ""} calls`;
  const window = usage.window ? ` · last ${usage.window.windowMs / 1000} s: ${usage.window.used} of ${usage.window.limit}` : "";
  return `${today}${window} · resets 00:00 UTC`;
}

/** The connection's quota use as this console counted it: today's calls against TPD, the current window against TPS. */
export function UsageSummary({ connectionId, className }: { connectionId: string; className?: string }) {
  const { data, isError } = useN2nUsage(connectionId);
  return (
    <p className={className ?? "text-xs text-zinc-500 tabular-nums dark:text-zinc-400"} data-testid="n2n-usage" aria-live="off">
      {data ? usageText(data) : isError ? "Usage unavailable" : "Usage…"}
    </p>
  );
}
