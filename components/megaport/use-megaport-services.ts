"use client";

import { useQueries } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import type { TMegaportServiceList } from "@/lib/vendors/megaport/views";
import { megaportApi, megaportKeys } from "./megaport-keys";

export const SERVICES_REFRESH_MS = 60_000;

/**
 * The services of each company asked for (null: the connection's own, for an API key), one query
 * per company so each is cached on its own and a refused company does not hide the others.
 */
export function useMegaportServices(connectionId: string, companyIds: (number | null)[], enabled: boolean) {
  return useQueries({
    queries: companyIds.map((companyId) => ({
      queryKey: megaportKeys.services(connectionId, companyId),
      queryFn: () => api<TMegaportServiceList>(megaportApi(connectionId, companyId === null ? "services" : `services?companyId=${companyId}`)),
      refetchInterval: SERVICES_REFRESH_MS,
      enabled,
    })),
  });
}
