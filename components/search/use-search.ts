"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { SEARCH_HITS_ONE_VENDOR, type TSearchAnswer } from "@/lib/search/search-types";
import type { TVendor } from "@/lib/vendors/vendor-names";

/** While a connection is read into the index for the first time, the answer is asked again this often. */
const INDEXING_POLL_MS = 1_000;

/**
 * The one search's answer for the typed text (none for blank), across every vendor or, narrowed to
 * one, up to SEARCH_HITS_ONE_VENDOR of its hits; the previous answer stays shown while the next one comes.
 */
export function useSearch(text: string, vendor: TVendor | null) {
  const q = text.trim();
  const scope = vendor ? `&vendor=${vendor}&limit=${SEARCH_HITS_ONE_VENDOR}` : "";
  return useQuery({
    queryKey: ["search", q, vendor],
    queryFn: () => api<TSearchAnswer>(`/api/search?q=${encodeURIComponent(q)}${scope}`),
    enabled: q !== "",
    staleTime: 5_000,
    placeholderData: keepPreviousData,
    refetchInterval: (query) => (query.state.data?.indexing.length ? INDEXING_POLL_MS : false),
  });
}
