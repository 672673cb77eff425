"use client";

import { useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import type { TIpamBlockDetail } from "@/lib/vendors/provision/schemas";
import { ipamKeys, provisionApi } from "./ipam-keys";
import { retryIpam } from "./use-ipam-tree";

/** One block with every field, its parent chain and what is inside it. */
export function useIpamBlock(connectionId: string, blockId: number | null) {
  return useQuery({
    queryKey: ipamKeys.block(connectionId, blockId ?? 0),
    queryFn: () => api<TIpamBlockDetail>(provisionApi(connectionId, `blocks/${blockId}`)),
    enabled: blockId !== null,
    retry: retryIpam,
  });
}
