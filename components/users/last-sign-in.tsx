import { relativeTime } from "@/components/nettica/relative-time";
import { formatMoment } from "@/components/ui/format-time";

/** "2 h ago" with the full date on hover; "Never" for a user who has not signed in. */
export function LastSignIn({ at, nowMs }: { at: string | null; nowMs: number }) {
  if (!at) return <span className="text-zinc-500 dark:text-zinc-400">Never</span>;
  const ms = new Date(at).getTime();
  return (
    <time dateTime={at} title={formatMoment(ms)} className="whitespace-nowrap">
      {relativeTime(ms, nowMs)}
    </time>
  );
}
