"use client";

import { useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import type { TNetticaDeviceList } from "@/lib/vendors/nettica/schemas";
import { netticaApi, netticaKeys } from "./nettica-keys";

export const DEVICES_REFRESH_MS = 15_000;

/** Every device of a connection, refreshed every 15 s while the tab is visible and again on focus. */
export function useNetticaDevices(connectionId: string) {
  return useQuery({
    queryKey: netticaKeys.devices(connectionId),
    queryFn: () => api<TNetticaDeviceList>(netticaApi(connectionId, "devices")),
    refetchInterval: DEVICES_REFRESH_MS,
    staleTime: 5_000,
  });
}
