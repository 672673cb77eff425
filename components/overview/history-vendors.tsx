import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { formatMoment } from "@/components/ui/format-time";
import type { THistoryEpisode, THistoryVendor } from "@/lib/attention/history-types";
import { episodeWhen, rangeWords } from "@/lib/attention/history-text";
import { VENDOR_NAMES } from "@/lib/vendors/vendor-names";
import { SeverityBadge } from "./severity-badge";

const quietText = "text-sm text-zinc-500 dark:text-zinc-400";

/** A card per vendor that needed attention in the range, one line naming the quiet ones; one line in all when none did. */
export function HistoryVendors({ sections, days, now }: { sections: readonly THistoryVendor[]; days: number; now: number }) {
  const eventful = sections.filter((section) => section.episodes.length > 0);
  const quiet = sections.filter((section) => section.episodes.length === 0);
  if (eventful.length === 0) {
    return (
      <p className={quietText} data-testid="history-quiet">
        No item entered or left attention {rangeWords(days)}: the scheduled check records each change.
      </p>
    );
  }
  return (
    <>
      <ul aria-label="History per vendor" className="grid gap-4 lg:grid-cols-2">
        {eventful.map((section) => (
          <li key={section.vendor}>
            <VendorHistory section={section} now={now} />
          </li>
        ))}
      </ul>
      {quiet.length > 0 && (
        <p className={quietText} data-testid="history-quiet">
          No changes: {quiet.map((section) => VENDOR_NAMES[section.vendor].label).join(", ")}.
        </p>
      )}
    </>
  );
}

function VendorHistory({ section, now }: { section: THistoryVendor; now: number }) {
  const headingId = `history-${section.vendor}`;
  return (
    <Card className="h-full" data-testid="vendor-history" data-vendor={section.vendor}>
      <h3 id={headingId} className="font-medium">
        {VENDOR_NAMES[section.vendor].label}
      </h3>
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
      <time dateTime={episode.start} title={formatMoment(episode.start)} className={episode.end === null ? "tabular-nums text-red-700 dark:text-red-400" : "tabular-nums text-zinc-600 dark:text-zinc-400"}>
        {episodeWhen(episode.start, episode.end, now)}
      </time>
      <span className="text-xs text-zinc-500">{episode.connectionName}</span>
      {episode.muted && <Badge tone="gray">muted</Badge>}
    </li>
  );
}
