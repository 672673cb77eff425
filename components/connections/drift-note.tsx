import { timeAgo } from "@/components/alerts/time-ago";
import type { TConnectionView } from "@/lib/vendors/connection";

/** Under a connection's name: the latest vendor records Patchbay could not read, if any. */
export function DriftNote({ connection }: { connection: TConnectionView }) {
  const drift = connection.drift;
  if (!drift) return null;
  return (
    <p className="mt-0.5 text-xs font-normal text-amber-700 dark:text-amber-300" data-testid="connection-drift" title={drift.reason}>
      {drift.count} unreadable {drift.count === 1 ? "record" : "records"} in {drift.operation} · {timeAgo(drift.seenAt)}: <span className="break-words">{drift.reason}</span>
    </p>
  );
}
