import { formatMoment } from "@/components/ui/format-time";
import { netticaTimeMs } from "@/lib/vendors/nettica/nettica-time";
import { relativeTime } from "./relative-time";

/** "3 min ago", with the exact time on hover and in the markup; "Never" when the device never checked in. */
export function LastSeen({ lastSeen, nowMs }: { lastSeen: string | null | undefined; nowMs: number }) {
  const seenMs = lastSeen ? netticaTimeMs(lastSeen) : null;
  if (!lastSeen || seenMs === null) return <span className="text-zinc-500 dark:text-zinc-400">Never</span>;
  return (
    <time dateTime={new Date(seenMs).toISOString()} title={formatMoment(seenMs)}>
      {relativeTime(seenMs, nowMs)}
    </time>
  );
}
