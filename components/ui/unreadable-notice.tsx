import type { TUnreadableSummary } from "@/lib/vendors/tolerant";

/**
 * Above a vendor list: the records Patchbay left out because they did not fit what it knows of
 * the vendor's payload. The rest of the list is shown; this says what is missing and why.
 */
export function UnreadableNotice({ unreadable, what = "records" }: { unreadable: TUnreadableSummary | null | undefined; what?: string }) {
  if (!unreadable || unreadable.count === 0) return null;
  return (
    <div role="status" data-testid="unreadable-notice" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-200">
      <p className="font-medium">
        {unreadable.count} {unreadable.count === 1 ? what.replace(/s$/, "") : what} Patchbay could not read {unreadable.count === 1 ? "is" : "are"} not shown.
      </p>
      <ul className="mt-1 list-disc pl-5 text-xs">
        {unreadable.reasons.map((reason) => (
          <li key={reason} className="break-words">
            {reason}
          </li>
        ))}
      </ul>
      <p className="mt-1 text-xs">The vendor may have changed its API; Settings → Connections keeps the latest such sighting.</p>
    </div>
  );
}
