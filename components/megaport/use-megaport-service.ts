"use client";

import { useQuery } from "@tanstack/react-query";
import type { TMegaportServiceDetail } from "@/lib/vendors/megaport/views";
import { megaportKeys } from "./megaport-keys";
import { useMegaportApi } from "./use-megaport-api";

/** One port, MCR, MVE, VXC or IX with its technical resources (and, for a product, its VXCs' ends). */
export function useMegaportService(connectionId: string, uid: string) {
  const megaport = useMegaportApi(connectionId);
  return useQuery({
    queryKey: megaportKeys.service(connectionId, uid),
    queryFn: () => megaport<TMegaportServiceDetail>(`services/${encodeURIComponent(uid)}`),
    refetchInterval: 60_000,
  });
}
