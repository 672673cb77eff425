"use client";

import { useQuery } from "@tanstack/react-query";
import type { TMegaportServiceList } from "@/lib/vendors/megaport/views";
import { megaportKeys } from "./megaport-keys";
import { useMegaportApi } from "./use-megaport-api";

export const SERVICES_REFRESH_MS = 60_000;

/** The signed-in company's ports, MCRs and MVEs with their VXCs and IXs, whatever the login's permission names. */
export function useMegaportServices(connectionId: string) {
  const megaport = useMegaportApi(connectionId);
  return useQuery({
    queryKey: megaportKeys.services(connectionId),
    queryFn: () => megaport<TMegaportServiceList>("services"),
    refetchInterval: SERVICES_REFRESH_MS,
  });
}
