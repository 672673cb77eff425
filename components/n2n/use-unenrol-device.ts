"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { toast } from "@/components/ui/toast";
import { api } from "@/lib/api-client";
import { n2nApi, n2nDevicePath, n2nKeys } from "./n2n-keys";

/** DELETE devices/:id: sent once, never retried (the server reads the device back when N2N's answer is lost). */
export function useUnenrolDevice(connectionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (deviceId: string) => api<void>(n2nApi(connectionId, n2nDevicePath(deviceId)), { method: "DELETE" }),
    retry: false,
    onSuccess: (_, deviceId) => {
      toast.success(`Unenrolled ${deviceId}`);
      void queryClient.invalidateQueries({ queryKey: n2nKeys.devices(connectionId) });
      void queryClient.invalidateQueries({ queryKey: n2nKeys.usage(connectionId) });
    },
  });
}
