"use client";

import { useQuery } from "@tanstack/react-query";
import type { TAcretoEcosystemDetail, TAcretoGroupRow, TAcretoThingRow, TAcretoUserRow } from "@/lib/vendors/acreto/schemas";
import type { TUnreadableSummary } from "@/lib/vendors/tolerant";
import { acretoKeys, ecosystemPath, type TEcosystemRef } from "./acreto-keys";
import { useAcretoApi } from "./use-acreto-api";

/** The ecosystem's name, NSPs, owner and status. */
export function useEcosystem(connectionId: string, ref: TEcosystemRef) {
  const acreto = useAcretoApi(connectionId);
  return useQuery({
    queryKey: acretoKeys.ecosystem(connectionId, ref),
    queryFn: () => acreto<TAcretoEcosystemDetail>(ecosystemPath(ref)),
    refetchInterval: 30_000,
  });
}

export function useThings(connectionId: string, ref: TEcosystemRef) {
  const acreto = useAcretoApi(connectionId);
  return useQuery({
    queryKey: acretoKeys.things(connectionId, ref),
    queryFn: () => acreto<{ things: TAcretoThingRow[]; unreadable?: TUnreadableSummary }>(ecosystemPath(ref, "things")),
    refetchInterval: 30_000,
  });
}

/** Profile groups: the first one Acreto makes by itself, so a new ecosystem always has one. */
export function useGroups(connectionId: string, ref: TEcosystemRef) {
  const acreto = useAcretoApi(connectionId);
  return useQuery({
    queryKey: acretoKeys.groups(connectionId, ref),
    queryFn: () => acreto<{ groups: TAcretoGroupRow[]; unreadable?: TUnreadableSummary }>(ecosystemPath(ref, "groups")),
    staleTime: 60_000,
  });
}

/** The people of the ecosystem (they connect with a VPN profile). */
export function useEcosystemUsers(connectionId: string, ref: TEcosystemRef, enabled = true) {
  const acreto = useAcretoApi(connectionId);
  return useQuery({
    enabled,
    queryKey: acretoKeys.users(connectionId, ref),
    queryFn: () => acreto<{ users: TAcretoUserRow[]; unreadable?: TUnreadableSummary }>(ecosystemPath(ref, "users")),
    staleTime: 60_000,
  });
}
