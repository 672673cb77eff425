"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";

export type TAuditOutcome = "ok" | "denied" | "failed";
export type TAuditRow = { id: number; at: string; actorEmail: string | null; action: string; target: string | null; outcome: TAuditOutcome; ip: string | null; details: Record<string, unknown> };
export type TAuditPage = { events: TAuditRow[]; total: number; totalCapped: boolean; nextBefore: number | null };
/** What the trail is filtered by, as the API's query parameters (empty ones left out). */
export type TAuditFilter = { q?: string; action?: string; outcome?: string; from?: string; to?: string };

export const AUDIT_PAGE_SIZE = 100;

export function auditSearchParams(filter: TAuditFilter, extra: Record<string, string> = {}): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries({ ...filter, ...extra })) if (value) params.set(name, value);
  return params;
}

/** One page of the filtered trail; the page shown stays while the next one loads. */
export function useAuditPage(filter: TAuditFilter, before: number | undefined) {
  return useQuery({
    queryKey: ["audit", filter, before ?? null],
    queryFn: () => api<TAuditPage>(`/api/audit?${auditSearchParams(filter, { limit: String(AUDIT_PAGE_SIZE), ...(before && { before: String(before) }) })}`),
    placeholderData: keepPreviousData,
  });
}
