"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import type { TSearchAnswer } from "@/lib/search/search-types";

/** While a connection is read into the index for the first time, the answer is asked again this often. */
const INDEXING_POLL_MS = 1_000;

/** The one search's answer for the typed text (none for blank); the previous answer stays shown while the next one comes. */
export function useSearch(text: string) {
  const q = text.trim();
  return useQuery({
    queryKey: ["search", q],
    queryFn: () => api<TSearchAnswer>(`/api/search?q=${encodeURIComponent(q)}`),
    enabled: q !== "",
    staleTime: 5_000,
    placeholderData: keepPreviousData,
    refetchInterval: (query) => (query.state.data?.indexing.length ? INDEXING_POLL_MS : false),
  });
}
