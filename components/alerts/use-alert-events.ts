"use client";

import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import type { TAlertEventView, TMonitorSummary } from "@/lib/alerts/event-schemas";
import { api } from "@/lib/api-client";

export const ALERT_PAGE_SIZE = 50;

/** The alert history, newest first, a page at a time. */
export function useAlertEvents(kind: string, search: string, vendor = "") {
  return useInfiniteQuery({
    queryKey: ["alert-events", kind, search, vendor],
    initialPageParam: 0,
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams({ limit: String(ALERT_PAGE_SIZE) });
      if (kind) params.set("kind", kind);
      if (search) params.set("q", search);
      if (vendor) params.set("vendor", vendor);
      if (pageParam) params.set("before", String(pageParam));
      return api<{ events: TAlertEventView[] }>(`/api/alerts/events?${params}`).then((r) => r.events);
    },
    getNextPageParam: (last) => (last.length === ALERT_PAGE_SIZE ? last[last.length - 1]!.id : undefined),
    refetchInterval: 30_000,
  });
}

export function useMonitorSummary() {
  return useQuery({
    queryKey: ["alert-monitor"],
    queryFn: () => api<{ monitor: TMonitorSummary }>("/api/alerts/monitor").then((r) => r.monitor),
    refetchInterval: 30_000,
  });
}
