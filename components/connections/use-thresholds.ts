"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { toast } from "@/components/ui/toast";
import { api } from "@/lib/api-client";
import type { TThresholdsView } from "@/lib/attention/threshold-fields";

const keyOf = (connectionId: string) => ["connection-thresholds", connectionId] as const;
const pathOf = (connectionId: string) => `/api/connections/${encodeURIComponent(connectionId)}/thresholds`;

export function useThresholds(connectionId: string) {
  return useQuery({ queryKey: keyOf(connectionId), queryFn: () => api<{ thresholds: TThresholdsView }>(pathOf(connectionId)).then((r) => r.thresholds) });
}

/** Saves them; the overview's next evaluation judges by them, so it is refreshed too. */
export function useSaveThresholds(connectionId: string, connectionName: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (values: Record<string, number>) => api<{ thresholds: TThresholdsView }>(pathOf(connectionId), { method: "PUT", body: values }).then((r) => r.thresholds),
    onSuccess: (thresholds) => {
      toast.success(`Saved the alert thresholds of ${connectionName}`);
      queryClient.setQueryData(keyOf(connectionId), thresholds);
      void queryClient.invalidateQueries({ queryKey: ["attention"] });
    },
  });
}
