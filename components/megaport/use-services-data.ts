"use client";

import { useMemo } from "react";
import type { TMegaportCompanyView, TMegaportServiceRow } from "@/lib/vendors/megaport/views";
import { useMegaportIdentity } from "./use-megaport-identity";
import { useMegaportServices } from "./use-megaport-services";

export type TCompanyProblem = { companyId: number | null; name: string; message: string };

/**
 * The services a filter's company choice needs: the connection's identity first (which companies,
 * with the "services" permission), then one list per company, merged. An API key lists its own.
 */
export function useServicesData(connectionId: string, company: string) {
  const identity = useMegaportIdentity(connectionId);
  const apiKey = identity.data?.auth === "apiKey";
  const companies: TMegaportCompanyView[] = useMemo(() => identity.data?.companies.filter((c) => c.permissions.includes("services")) ?? [], [identity.data]);
  const chosen = company === "all" ? companies : companies.filter((c) => String(c.companyId) === company);
  const companyIds: (number | null)[] = apiKey ? [null] : (chosen.length > 0 ? chosen : companies).map((c) => c.companyId);
  const lists = useMegaportServices(connectionId, companyIds, identity.isSuccess);

  const dataKey = lists.map((list, index) => `${companyIds[index]}@${list.dataUpdatedAt}`).join(",");
  const rows: TMegaportServiceRow[] = useMemo(
    () => lists.flatMap((list) => list.data?.services ?? []),
    // The lists array is new on every render; its data changes only when some dataUpdatedAt does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [dataKey],
  );
  const problems: TCompanyProblem[] = lists.flatMap((list, index) => {
    if (!list.error) return [];
    const companyId = companyIds[index] ?? null;
    const name = companies.find((c) => c.companyId === companyId)?.companyName ?? "this account";
    return [{ companyId, name, message: list.error.message }];
  });
  return {
    identity,
    companies,
    rows,
    problems,
    pending: identity.isPending || (identity.isSuccess && lists.some((list) => list.isPending)),
    fetching: identity.isFetching || lists.some((list) => list.isFetching),
    updatedAt: lists.length ? Math.min(...lists.map((list) => list.dataUpdatedAt)) : 0,
    usage: lists.map((list) => list.data?.usage).find(Boolean) ?? identity.data?.usage,
    refetch: () => {
      for (const list of lists) void list.refetch();
    },
  };
}
