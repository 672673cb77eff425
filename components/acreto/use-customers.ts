"use client";

import { useQuery } from "@tanstack/react-query";
import type { TAcretoCustomerView } from "@/lib/vendors/acreto/schemas";
import type { TUnreadableSummary } from "@/lib/vendors/tolerant";
import { acretoKeys } from "./acreto-keys";
import { useAcretoApi } from "./use-acreto-api";

/** The customers the connection's login sees, each with its ecosystems; refreshed every 30 s. */
export function useCustomers(connectionId: string) {
  const acreto = useAcretoApi(connectionId);
  return useQuery({
    queryKey: acretoKeys.customers(connectionId),
    queryFn: () => acreto<{ customers: TAcretoCustomerView[]; unreadable?: TUnreadableSummary }>("customers"),
    refetchInterval: 30_000,
  });
}
