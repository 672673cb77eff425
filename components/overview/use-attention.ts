"use client";

import { useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import type { TAttentionOverview } from "@/lib/attention/attention-types";
import { ATTENTION_REFRESH_MS } from "@/lib/attention/refresh-interval";

/** What needs attention, refreshed as often as the server evaluates it (it is shared there, so refreshing costs no vendor call). */
export function useAttention() {
  return useQuery({
    queryKey: ["attention"],
    queryFn: () => api<TAttentionOverview>("/api/attention"),
    refetchInterval: ATTENTION_REFRESH_MS,
  });
}
