import { Badge } from "@/components/ui/badge";
import { formatMoment } from "@/components/ui/format-time";
import type { TDeliveryResult } from "@/lib/alerts/channel-schemas";
import { timeAgo } from "./time-ago";

/** A channel's last delivery (alert or test): when, and why it failed. */
export function LastDelivery({ result }: { result: TDeliveryResult | null }) {
  if (!result) return <span className="text-xs text-zinc-500">Nothing sent yet</span>;
  return (
    <div className="space-y-0.5">
      <div className="flex items-center gap-1.5">
        <Badge tone={result.ok ? "green" : "red"}>{result.ok ? "Delivered" : "Failed"}</Badge>
        <time dateTime={result.at} title={formatMoment(result.at)} className="text-xs text-zinc-500">
          {result.test ? "test, " : ""}
          {timeAgo(result.at)}
        </time>
      </div>
      {result.error && <p className="max-w-xs text-xs break-words text-red-600 dark:text-red-400">{result.error}</p>}
      {result.othersToldAt && (
        <p className="text-xs text-zinc-500">
          Keeps failing: the other channels were told <time dateTime={result.othersToldAt}>{timeAgo(result.othersToldAt)}</time>
        </p>
      )}
    </div>
  );
}
