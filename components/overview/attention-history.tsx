"use client";

import Link from "next/link";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { ErrorState } from "@/components/ui/empty-state";
import { Select } from "@/components/ui/input";
import { HISTORY_DEFAULT_DAYS, HISTORY_RANGES, type THistoryEpisode, type THistoryVendor } from "@/lib/attention/history-types";
import { episodeWhen, rangeWords } from "@/lib/attention/history-text";
import { VENDOR_NAMES, type TVendor } from "@/lib/vendors/vendor-names";
import { SeverityBadge } from "./severity-badge";
import { useAttentionHistory } from "./use-attention-history";

const RANGE_LABELS: Record<(typeof HISTORY_RANGES)[number], string> = { 1: "24 h", 7: "7 days", 30: "30 days", 90: "90 days" };

/** What needed attention and when, per vendor: "lon-gw-01 is down 10:02 – 10:41 (39 min)". `vendors`: those with a connection. */
export function AttentionHistory({ vendors, now }: { vendors: readonly TVendor[]; now: number }) {
  const [days, setDays] = useState<number>(HISTORY_DEFAULT_DAYS);
  const { data, error, isPending, refetch } = useAttentionHistory(days);
  const shown = data?.vendors.filter((section) => vendors.includes(section.vendor)) ?? [];
  return (
    <section aria-labelledby="history-heading" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="history-heading" className="text-lg font-semibold">
          History
        </h2>
        <label className="flex items-center gap-2 text-sm text-zinc-600 dark:text-zinc-400">
          Range
          <Select className="w-32" value={days} onChange={(event) => setDays(Number(event.target.value))}>
            {HISTORY_RANGES.map((range) => (
              <option key={range} value={range}>
                {RANGE_LABELS[range]}
              </option>
            ))}
          </Select>
        </label>
      </div>
      {error ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : isPending ? (
        <p role="status" className="text-sm text-zinc-500 dark:text-zinc-400">
          Loading the history…
        </p>
      ) : (
        <ul aria-label="History per vendor" className="grid gap-4 lg:grid-cols-2">
          {shown.map((section) => (
            <li key={section.vendor}>
              <VendorHistory section={section} days={data!.days} now={now} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function VendorHistory({ section, days, now }: { section: THistoryVendor; days: number; now: number }) {
  const headingId = `history-${section.vendor}`;
  return (
    <Card className="h-full" data-testid="vendor-history" data-vendor={section.vendor}>
      <h3 id={headingId} className="font-medium">
        {VENDOR_NAMES[section.vendor].label}
      </h3>
      {section.episodes.length === 0 ? (
        <p className="mt-2 text-sm text-zinc-500 dark:text-zinc-400">No changes {rangeWords(days)}</p>
      ) : (
        <>
          <ol aria-labelledby={headingId} className="mt-2 space-y-1.5 text-sm">
            {section.episodes.map((episode) => (
              <EpisodeRow key={episode.id} episode={episode} now={now} />
            ))}
          </ol>
          {section.total > section.episodes.length && (
            <p className="mt-2 text-xs text-zinc-500 dark:text-zinc-400">
              The latest {section.episodes.length} of {section.total}; the Alerts page has every alert.
            </p>
          )}
        </>
      )}
    </Card>
  );
}

function EpisodeRow({ episode, now }: { episode: THistoryEpisode; now: number }) {
  const title = episode.href ? (
    <Link href={episode.href} prefetch={false} className="font-medium text-sky-700 hover:underline dark:text-sky-400">
      {episode.title}
    </Link>
  ) : (
    <span className="font-medium">{episode.title}</span>
  );
  return (
    <li className="flex flex-wrap items-baseline gap-x-2 gap-y-0.5" data-ongoing={episode.end === null}>
      <SeverityBadge severity={episode.severity} />
      {title}
      <time dateTime={episode.start} title={new Date(episode.start).toLocaleString()} className={episode.end === null ? "tabular-nums text-red-700 dark:text-red-400" : "tabular-nums text-zinc-600 dark:text-zinc-400"}>
        {episodeWhen(episode.start, episode.end, now)}
      </time>
      <span className="text-xs text-zinc-500">{episode.connectionName}</span>
      {episode.muted && <Badge tone="gray">muted</Badge>}
    </li>
  );
}
