"use client";

import { useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import type { TNetticaDeviceDetail } from "@/lib/vendors/nettica/schemas";
import { netticaApi, netticaKeys } from "./nettica-keys";

/** One device with its VPNs and their settings (never their private or preshared keys). */
export function useNetticaDevice(connectionId: string, deviceId: string) {
  return useQuery({
    queryKey: netticaKeys.device(connectionId, deviceId),
    queryFn: () => api<TNetticaDeviceDetail>(netticaApi(connectionId, `devices/${encodeURIComponent(deviceId)}`)),
    refetchInterval: 30_000,
  });
}
