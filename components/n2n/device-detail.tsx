"use client";

import { Download } from "lucide-react";
import Link from "next/link";
import { useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ErrorState } from "@/components/ui/empty-state";
import { RefreshStatus } from "@/components/ui/refresh-status";
import { Select } from "@/components/ui/input";
import { PageHeader } from "@/components/ui/page-header";
import { saveTextFile } from "@/components/ui/save-text-file";
import { LazyTimeChart } from "@/components/ui/time-chart-lazy";
import { TIME_RANGES, type TTimeRange } from "@/components/ui/time-chart-range";
import { UnreadableNotice } from "@/components/ui/unreadable-notice";
import { useNow } from "@/components/ui/use-now";
import { chartSeries } from "./chart-series";
import { DeviceIdentity } from "./device-identity";
import type { TFleetList } from "@/lib/n2n-fleet/fleet-list-url";
import { listQuery } from "./n2n-keys";
import { readingsCsv, readingsCsvName } from "./readings-csv";
import { ThrottleNotice } from "./throttle-notice";
import { UnenrolButton } from "./unenrol-button";
import { uplinksInRange } from "./uplink-range";
import { UplinkTable } from "./uplink-table";
import { useChartRange } from "./use-chart-range";
import { useExportAllReadings } from "./use-export-readings";
import { useN2nDevice, useN2nUplinks } from "./use-n2n-device";

const UPLINK_COUNTS = [25, 50, 100, 200] as const;

type TProps = { connection: { id: string; name: string }; deviceId: string; canUnenrol: boolean; fromList?: Partial<TFleetList> };

/** One device: identity and enrolment, its signal and readings over time, the latest uplinks, its readings as CSV; operators may unenrol it. */
export function DeviceDetail({ connection, deviceId, canUnenrol, fromList }: TProps) {
  const [limit, setLimit] = useState<number>(50);
  const device = useN2nDevice(connection.id, deviceId);
  const uplinks = useN2nUplinks(connection.id, deviceId, limit);
  const exportAll = useExportAllReadings(connection.id);
  const list = uplinks.data?.uplinks;
  const [range, setRange] = useChartRange();
  // The window moves on its own: "the last hour" a minute later leaves out the minute that passed.
  const now = useNow(60_000);
  const rangeNow = range === "all" ? 0 : now;
  const inRange = useMemo(() => uplinksInRange(list ?? [], range, rangeNow, limit), [list, range, rangeNow, limit]);
  const series = useMemo(() => chartSeries(inRange.uplinks), [inRange]);
  const readingCount = list?.reduce((sum, u) => sum + u.readings.length, 0) ?? 0;

  return (
    <>
      <Link href={`/n2n?${listQuery(connection.id, fromList)}`} className="mb-2 inline-block text-sm text-sky-700 hover:underline dark:text-sky-400">
        ← All devices of {connection.name}
      </Link>
      <PageHeader
        title={device.data?.name || deviceId}
        description={`${deviceId} · ${connection.name}`}
        actions={
          <div className="flex flex-wrap items-center gap-2">
            <Button variant="secondary" size="sm" disabled={!list || readingCount === 0} onClick={() => list && saveTextFile(readingsCsv(deviceId, list), readingsCsvName(deviceId, list), "text/csv;charset=utf-8")}>
              <Download size={14} aria-hidden />
              Export shown readings (CSV)
            </Button>
            <Button variant="secondary" size="sm" disabled={exportAll.isPending} aria-busy={exportAll.isPending} onClick={() => exportAll.mutate(deviceId)}>
              <Download size={14} aria-hidden />
              {exportAll.isPending ? "Exporting…" : "Export all readings (CSV)"}
            </Button>
            <RefreshStatus updatedAt={uplinks.dataUpdatedAt} refreshing={device.isFetching || uplinks.isFetching} onRefresh={() => void Promise.all([device.refetch(), uplinks.refetch()])} />
            {canUnenrol && <UnenrolButton connectionId={connection.id} deviceId={deviceId} name={device.data?.name || null} />}
          </div>
        }
      />
      <div className="space-y-4">
        <ThrottleNotice failureReason={device.failureReason ?? uplinks.failureReason} fetching={device.isFetching || uplinks.isFetching} />
        <UnreadableNotice unreadable={device.data?.unreadable} what="groups" />
        <UnreadableNotice unreadable={uplinks.data?.unreadable} />
        <div className="grid gap-4 xl:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
          <div>{device.isPending ? <p role="status" className="text-sm text-zinc-500">Loading the device…</p> : device.isError ? <ErrorState error={device.error} onRetry={() => void device.refetch()} /> : <DeviceIdentity device={device.data} />}</div>
          <section aria-labelledby="charts-heading" className="space-y-2">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h2 id="charts-heading" className="font-semibold">
                Signal and readings over time
              </h2>
              <div className="flex flex-wrap items-center gap-3 text-xs text-zinc-500 tabular-nums dark:text-zinc-400">
                <span data-testid="uplinks-in-range">{list ? inRange.text : ""}</span>
                <span className="flex items-center gap-1.5">
                  <label htmlFor="chart-range">Range</label>
                  <Select id="chart-range" value={range} onChange={(e) => setRange(e.target.value as TTimeRange)} className="h-8 w-36">
                    {TIME_RANGES.map((r) => (
                      <option key={r.value} value={r.value}>
                        {r.label}
                      </option>
                    ))}
                  </Select>
                </span>
              </div>
            </div>
            {uplinks.isPending ? (
              <p role="status" className="text-sm text-zinc-500">Loading uplinks…</p>
            ) : series.length === 0 ? (
              <Card className="text-sm text-zinc-500 dark:text-zinc-400">
                {list && list.length > 0 && inRange.uplinks.length === 0 ? "Nothing to draw: no uplink in this range. Choose a longer one." : "Nothing to draw: no uplink with numbers in it."}
              </Card>
            ) : (
              <div className="grid gap-3 sm:grid-cols-2 2xl:grid-cols-3">
                {series.map((s) => (
                  <LazyTimeChart key={s.key} series={s} />
                ))}
              </div>
            )}
          </section>
        </div>
        <section aria-labelledby="uplinks-heading" className="space-y-2">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id="uplinks-heading" className="font-semibold">
              Latest uplinks
            </h2>
            <div className="flex items-center gap-3 text-xs text-zinc-500 tabular-nums dark:text-zinc-400">
              <span data-testid="uplink-count">{list ? `${list.length} uplinks · ${readingCount} readings` : ""}</span>
              <label className="flex items-center gap-1.5">
                Show
                <Select value={limit} onChange={(e) => setLimit(Number(e.target.value))} className="h-8 w-24">
                  {UPLINK_COUNTS.map((n) => (
                    <option key={n} value={n}>
                      {n}
                    </option>
                  ))}
                </Select>
              </label>
            </div>
          </div>
          {uplinks.isError && !list ? <ErrorState error={uplinks.error} onRetry={() => void uplinks.refetch()} /> : list ? <UplinkTable uplinks={list} /> : null}
        </section>
      </div>
    </>
  );
}
