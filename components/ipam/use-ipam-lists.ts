"use client";

import { useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import type { TIpamResources, TIpamTags } from "@/lib/vendors/provision/schemas";
import { ipamKeys, provisionApi } from "./ipam-keys";
import { retryIpam } from "./use-ipam-tree";

/** Every customer in ProVision (target=resource), for the assign dialogs: a minute old at most. */
export function useIpamResources(connectionId: string) {
  return useQuery({
    queryKey: ipamKeys.resources(connectionId),
    queryFn: () => api<TIpamResources>(provisionApi(connectionId, "resources")),
    staleTime: 60_000,
    retry: retryIpam,
  });
}

/** The IPAM tags set up in ProVision (getTagList), as hints beside the tag fields. */
export function useIpamTags(connectionId: string) {
  return useQuery({
    queryKey: ipamKeys.tags(connectionId),
    queryFn: () => api<TIpamTags>(provisionApi(connectionId, "tags")),
    staleTime: 60_000,
    retry: retryIpam,
  });
}
