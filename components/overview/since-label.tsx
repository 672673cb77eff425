import { formatMoment } from "@/components/ui/format-time";
import { elapsedText } from "@/lib/attention/elapsed-text";

/** "since 12 min", with the exact time on hover; nothing when the start is not known. */
export function SinceLabel({ since, now }: { since: string | null; now: number }) {
  if (!since) return null;
  const ms = Date.parse(since);
  return (
    <time dateTime={since} title={formatMoment(ms)} className="shrink-0 text-xs whitespace-nowrap text-zinc-500 dark:text-zinc-400">
      for {elapsedText(now - ms)}
    </time>
  );
}
