"use client";

import { useSearchParams } from "next/navigation";
import { useCallback, useState } from "react";
import { DEFAULT_SERVICE_FILTER, type TServiceFilter } from "@/lib/vendors/megaport/service-filter";

const PARAMS: Record<keyof TServiceFilter, string> = { type: "type", status: "status", location: "location", company: "company", search: "q" };

function filterFrom(params: URLSearchParams): TServiceFilter {
  const read = (key: keyof TServiceFilter) => params.get(PARAMS[key])?.slice(0, 200) || DEFAULT_SERVICE_FILTER[key];
  return { type: read("type"), status: read("status"), location: read("location"), company: read("company"), search: read("search") };
}

/**
 * The services filter, kept in the URL (?type=MCR2&status=LIVE…) so a reload, a shared link or the
 * way back from a service shows the same list. The URL is written with history.replaceState, which
 * Next.js follows without a server round trip, so typing in the search stays instant.
 */
export function useServiceFilter(): [TServiceFilter, (patch: Partial<TServiceFilter>) => void] {
  const searchParams = useSearchParams();
  const [filter, setFilter] = useState(() => filterFrom(new URLSearchParams(searchParams.toString())));
  const update = useCallback(
    (patch: Partial<TServiceFilter>) => {
      const next = { ...filter, ...patch };
      setFilter(next);
      const params = new URLSearchParams(window.location.search);
      for (const key of Object.keys(PARAMS) as (keyof TServiceFilter)[]) {
        if (next[key] === DEFAULT_SERVICE_FILTER[key]) params.delete(PARAMS[key]);
        else params.set(PARAMS[key], next[key]);
      }
      window.history.replaceState(window.history.state, "", `${window.location.pathname}?${params.toString()}`);
    },
    [filter],
  );
  return [filter, update];
}
