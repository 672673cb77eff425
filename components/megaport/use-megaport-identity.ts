"use client";

import { useQuery } from "@tanstack/react-query";
import type { TMegaportIdentity } from "@/lib/vendors/megaport/views";
import { megaportKeys } from "./megaport-keys";
import { useMegaportApi } from "./use-megaport-api";

/** Who the connection signs in as, the companies it may act for and what it may do in each. */
export function useMegaportIdentity(connectionId: string) {
  const megaport = useMegaportApi(connectionId);
  return useQuery({
    queryKey: megaportKeys.identity(connectionId),
    queryFn: () => megaport<TMegaportIdentity>("identity"),
    staleTime: 60_000,
  });
}
