"use client";

import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api } from "@/lib/api-client";
import { fleetListParams, type TFleetList } from "@/lib/n2n-fleet/fleet-list-url";
import type { TFleetPage } from "@/lib/n2n-fleet/fleet-view";
import { n2nApi, n2nKeys } from "./n2n-keys";
import { retryThrottled, throttledRetryDelay } from "./throttle-retry";

/** The index changes at each scan (every few minutes); reading it costs N2N nothing, so the page looks every 30 s. */
const REFRESH_MS = 30_000;

/**
 * One page of the fleet index, filtered and sorted on the server; the previous page stays while the
 * next loads. `scanNow` asks for a scan of N2N now (one call per 1,000 devices) and shows its result.
 */
export function useN2nFleet(connectionId: string, list: TFleetList & { limit: number }, enabled = true) {
  const client = useQueryClient();
  const [scanning, setScanning] = useState(false);
  const url = (refresh: boolean) => `${n2nApi(connectionId, "fleet")}?${fleetListParams(list)}${refresh ? "&refresh=true" : ""}`;
  const query = useQuery({
    queryKey: n2nKeys.fleet(connectionId, list),
    queryFn: () => api<TFleetPage>(url(false)),
    enabled,
    placeholderData: keepPreviousData,
    refetchInterval: REFRESH_MS,
    retry: retryThrottled,
    retryDelay: throttledRetryDelay,
  });
  const scanNow = async () => {
    setScanning(true);
    try {
      client.setQueryData(n2nKeys.fleet(connectionId, list), await api<TFleetPage>(url(true)));
      await client.invalidateQueries({ queryKey: n2nKeys.devices(connectionId), refetchType: "none" });
    } catch {
      await query.refetch();
    } finally {
      setScanning(false);
    }
  };
  return { query, scanNow, scanning };
}
