"use client";

import dynamic from "next/dynamic";
import { Card } from "./card";

/** A chart's card while its code loads: the same rows and heights (title, 160 px canvas, "Show values"), so nothing below it jumps. */
function TimeChartLoading() {
  return (
    <Card aria-busy="true" className="min-w-0 p-3">
      <div className="mb-1 h-5 w-1/3 animate-pulse rounded bg-zinc-100 dark:bg-zinc-800/60" />
      <div className="h-40 animate-pulse rounded bg-zinc-100 dark:bg-zinc-800/60" />
      <div className="mt-1 h-4" />
    </Card>
  );
}

/** time-chart.tsx with uPlot (about 50 KB), fetched when the first chart mounts instead of in the page's first load. */
export const LazyTimeChart = dynamic(() => import("./time-chart").then((m) => m.TimeChart), { ssr: false, loading: TimeChartLoading });
