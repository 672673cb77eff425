"use client";

import { useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import type { TMegaportIdentity } from "@/lib/vendors/megaport/views";
import { megaportApi, megaportKeys } from "./megaport-keys";

/** Who the connection signs in as, the companies it may act for and what it may do in each. */
export function useMegaportIdentity(connectionId: string) {
  return useQuery({
    queryKey: megaportKeys.identity(connectionId),
    queryFn: () => api<TMegaportIdentity>(megaportApi(connectionId, "identity")),
    staleTime: 60_000,
  });
}
