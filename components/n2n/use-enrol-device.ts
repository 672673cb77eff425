"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { toast } from "@/components/ui/toast";
import { api } from "@/lib/api-client";
import type { TN2nDeviceRow, TN2nEnrolment } from "@/lib/vendors/n2n/schemas";
import { n2nApi, n2nKeys } from "./n2n-keys";

/** POST devices: sent once (never retried); the device pages are asked for again afterwards. */
export function useEnrolDevice(connectionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (enrolment: TN2nEnrolment) => api<TN2nDeviceRow>(n2nApi(connectionId, "devices"), { method: "POST", body: enrolment }),
    retry: false,
    onSuccess: (device) => {
      toast.success(`Enrolled ${device.name} (${device.deviceId})`);
      void queryClient.invalidateQueries({ queryKey: n2nKeys.devices(connectionId) });
      void queryClient.invalidateQueries({ queryKey: n2nKeys.usage(connectionId) });
    },
  });
}
