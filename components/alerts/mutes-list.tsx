"use client";

import { Button } from "@/components/ui/button";
import { ErrorState } from "@/components/ui/empty-state";
import { formatMoment } from "@/components/ui/format-time";
import { useAlertMutes, useEndMute } from "./use-alert-mutes";

/** The mutes in force: which rule, where, until when, why and by whom; operators may end one early. */
export function MutesList({ canEnd }: { canEnd: boolean }) {
  const { data, error, isPending, refetch } = useAlertMutes();
  const end = useEndMute();
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (isPending) return <p className="text-sm text-zinc-500">Reading the mutes…</p>;
  if (data.length === 0) return <p className="text-sm text-zinc-500">No rule is muted: every alert is sent. Mute one from an alert below.</p>;
  return (
    <ul className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 bg-white text-sm dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900" data-testid="alert-mutes">
      {data.map((mute) => (
        <li key={mute.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-4 py-2">
          <span className="font-medium">{mute.ruleWords}</span>
          <span className="text-zinc-600 dark:text-zinc-400">{mute.connection ? `on ${mute.connection}` : "on every connection"}</span>
          <span className="text-zinc-600 dark:text-zinc-400">
            until <time dateTime={mute.until}>{formatMoment(mute.until)}</time>
          </span>
          <span className="text-xs text-zinc-500">
            {mute.reason ? `“${mute.reason}” — ` : ""}
            {mute.createdBy}
          </span>
          {canEnd && (
            <Button size="sm" variant="secondary" className="ml-auto" onClick={() => end.mutate(mute)} disabled={end.isPending} aria-label={`End the mute of ${mute.ruleWords}`}>
              Unmute
            </Button>
          )}
        </li>
      ))}
    </ul>
  );
}
