"use client";

import { useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import type { TN2nUsage } from "@/lib/vendors/n2n/schemas";
import { n2nApi, n2nKeys } from "./n2n-keys";

/** Today's calls against the key's quotas; counted by the console itself, so asking costs N2N nothing. */
export function useN2nUsage(connectionId: string, refetchInterval = 5_000) {
  return useQuery({
    queryKey: n2nKeys.usage(connectionId),
    queryFn: () => api<TN2nUsage>(n2nApi(connectionId, "usage")),
    refetchInterval,
    staleTime: 0,
  });
}
