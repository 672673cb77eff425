"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import type { TN2nDeviceDetail, TN2nUplinkList } from "@/lib/vendors/n2n/schemas";
import { n2nApi, n2nDevicePath, n2nKeys } from "./n2n-keys";
import { retryThrottled, throttledRetryDelay } from "./throttle-retry";

/** Who the device is: identity, groups, enrolment (never its keys). */
export function useN2nDevice(connectionId: string, deviceId: string) {
  return useQuery({
    queryKey: n2nKeys.device(connectionId, deviceId),
    queryFn: () => api<TN2nDeviceDetail>(n2nApi(connectionId, n2nDevicePath(deviceId))),
    staleTime: 5 * 60_000,
    refetchOnWindowFocus: false,
    retry: retryThrottled,
    retryDelay: throttledRetryDelay,
  });
}

/** The latest `limit` uplinks, newest first; refreshed each minute while the page is open. */
export function useN2nUplinks(connectionId: string, deviceId: string, limit: number) {
  return useQuery({
    queryKey: n2nKeys.uplinks(connectionId, deviceId, limit),
    queryFn: () => api<TN2nUplinkList>(`${n2nApi(connectionId, `${n2nDevicePath(deviceId)}/messages`)}?limit=${limit}`),
    staleTime: 30_000,
    refetchInterval: 60_000,
    placeholderData: keepPreviousData,
    refetchOnWindowFocus: false,
    retry: retryThrottled,
    retryDelay: throttledRetryDelay,
  });
}
