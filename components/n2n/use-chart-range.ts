"use client";

import { useSearchParams } from "next/navigation";
import { useCallback, useState } from "react";
import { DEFAULT_TIME_RANGE, parseTimeRange, type TTimeRange } from "@/components/ui/time-chart-range";

/**
 * The charts' time range, kept in the URL (`?range=6h`) so a reload or a shared link shows the same
 * span. Written with history.replaceState, which Next.js follows without a server round trip.
 */
export function useChartRange(): [TTimeRange, (range: TTimeRange) => void] {
  const searchParams = useSearchParams();
  const [range, setRange] = useState(() => parseTimeRange(searchParams.get("range")));
  const choose = useCallback((next: TTimeRange) => {
    setRange(next);
    const params = new URLSearchParams(window.location.search);
    if (next === DEFAULT_TIME_RANGE) params.delete("range");
    else params.set("range", next);
    const query = params.toString();
    window.history.replaceState(window.history.state, "", `${window.location.pathname}${query ? `?${query}` : ""}`);
  }, []);
  return [range, choose];
}
