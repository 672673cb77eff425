"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, ApiError } from "@/lib/api-client";
import type { TIpamTree } from "@/lib/vendors/provision/schemas";
import { ipamKeys, provisionApi } from "./ipam-keys";

export type TIpamFilters = { type: string; rir: string; assigned: string; region: string; vlan: string; tags: string };
export const NO_FILTERS: TIpamFilters = { type: "", rir: "", assigned: "", region: "", vlan: "", tags: "" };

/** "type=IPv4&rir=ARIN": only the filters that are set, in a stable order (it is also the cache key). */
export function filterQuery(filters: TIpamFilters): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) if (value.trim()) params.set(name, value.trim());
  return params.toString();
}

/** A refused signature or a refused request will not heal by asking again. */
export const retryIpam = (failures: number, error: Error) =>
  !(error instanceof ApiError && (error.status < 500 || error.code === "upstream_unauthorized")) && failures < 2;

/** The aggregates of a connection with what is inside them, refreshed every 30 s while visible. */
export function useIpamTree(connectionId: string, filters: TIpamFilters) {
  const query = filterQuery(filters);
  return useQuery({
    queryKey: ipamKeys.tree(connectionId, query),
    queryFn: () => api<TIpamTree>(provisionApi(connectionId, `blocks${query ? `?${query}` : ""}`)),
    placeholderData: keepPreviousData,
    refetchInterval: 30_000,
    staleTime: 5_000,
    retry: retryIpam,
  });
}
