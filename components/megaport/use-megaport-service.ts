"use client";

import { useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import type { TMegaportServiceDetail } from "@/lib/vendors/megaport/views";
import { megaportApi, megaportKeys } from "./megaport-keys";

/** One port, MCR, MVE, VXC or IX with its technical resources (and, for a product, its VXCs' ends). */
export function useMegaportService(connectionId: string, uid: string) {
  return useQuery({
    queryKey: megaportKeys.service(connectionId, uid),
    queryFn: () => api<TMegaportServiceDetail>(megaportApi(connectionId, `services/${encodeURIComponent(uid)}`)),
    refetchInterval: 60_000,
  });
}
