"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import type { TN2nDeviceListInput, TN2nDevicePage } from "@/lib/vendors/n2n/schemas";
import { n2nApi, n2nKeys } from "./n2n-keys";
import { retryThrottled, throttledRetryDelay } from "./throttle-retry";

function pageQuery(page: TN2nDeviceListInput): string {
  const params = new URLSearchParams({ limit: String(page.limit), skip: String(page.skip) });
  if (page.enterpriseId) params.set("enterpriseId", page.enterpriseId);
  return params.toString();
}

/**
 * One page of a connection's devices. No timed refresh: every call counts against the key's quota,
 * so the list is fetched when asked for (page, filter, Refresh) and the previous page stays while the next loads.
 */
export function useN2nDevices(connectionId: string, page: TN2nDeviceListInput) {
  return useQuery({
    queryKey: n2nKeys.devicePage(connectionId, page),
    queryFn: () => api<TN2nDevicePage>(`${n2nApi(connectionId, "devices")}?${pageQuery(page)}`),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
    refetchOnWindowFocus: false,
    retry: retryThrottled,
    retryDelay: throttledRetryDelay,
  });
}
