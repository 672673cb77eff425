"use client";

import { useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import type { TAttentionHistory } from "@/lib/attention/history-types";

/** The episodes of the last `days` per vendor; a change shows within a minute (the scheduled pass records them). */
export function useAttentionHistory(days: number) {
  return useQuery({
    queryKey: ["attention-history", days],
    queryFn: () => api<TAttentionHistory>(`/api/attention/history?days=${days}`),
    refetchInterval: 60_000,
  });
}
