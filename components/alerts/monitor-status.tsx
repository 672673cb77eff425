"use client";

import { Card } from "@/components/ui/card";
import { useNow } from "@/components/ui/use-now";
import { ErrorState } from "@/components/ui/empty-state";
import { formatMoment } from "@/components/ui/format-time";
import { timeAgo } from "./time-ago";
import { useMonitorSummary } from "./use-alert-events";

/** What the monitor watches now and when it last looked, so a silent monitor is noticed. */
export function MonitorStatus() {
  const { data, error, isPending, refetch } = useMonitorSummary();
  const now = useNow(1_000); // "last check 12 s ago" moves on its own between refreshes
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (isPending) return <p className="text-sm text-zinc-500">Reading the monitor state…</p>;
  const devicesDown = new Set(data.down.map((vpn) => `${vpn.connection}/${vpn.device}`)).size;
  const schedule = data.runsHere ? `checks every ${data.intervalS} s` : "does not run in this server (another instance or the cron route /api/cron/monitor runs it)";
  return (
    <Card className="space-y-2" data-testid="monitor-status">
      <p className="text-sm">
        <span className="font-medium">Nettica monitor</span> {schedule} ·{" "}
        {data.lastCheckAt ? (
          <>
            watching {data.watched} VPN{data.watched === 1 ? "" : "s"} with an endpoint, last check{" "}
            <time dateTime={data.lastCheckAt} title={formatMoment(data.lastCheckAt)}>
              {timeAgo(data.lastCheckAt, now)}
            </time>
          </>
        ) : data.runsHere ? (
          `no check yet: the first pass runs within ${data.intervalS} s`
        ) : (
          <span className="text-amber-800 dark:text-amber-300">no pass recorded yet: nothing is checked or alerted until an instance with the monitor on, or a call to the cron route, runs one</span>
        )}
      </p>
      <p className="text-xs text-zinc-500">The same pass alerts on what needs attention on every connection (what the overview lists), when it enters and when it clears.</p>
      {data.down.length > 0 ? (
        <div>
          <p className="text-xs font-medium text-red-700 dark:text-red-400">
            VPNs down now: {data.down.length}, on {devicesDown} device{devicesDown === 1 ? "" : "s"}
          </p>
          <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-xs text-zinc-600 dark:text-zinc-400">
            {data.down.map((vpn) => (
              <li key={`${vpn.connection}/${vpn.vpn}`}>
                <span className="font-medium text-zinc-800 dark:text-zinc-200">{vpn.device}</span> · {vpn.network}{" "}
                <span title={`Judged down ${formatMoment(vpn.since)}`}>
                  ({vpn.lastSeen ? <>last seen <time dateTime={vpn.lastSeen}>{timeAgo(vpn.lastSeen, now)}</time></> : "never seen"})
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : data.lastCheckAt ? (
        <p className="text-xs text-emerald-700 dark:text-emerald-400">Every watched VPN is up.</p>
      ) : null}
    </Card>
  );
}
