"use client";

import { isThrottled } from "./throttle-retry";

/** Says so while N2N answered 429 and the console waits to ask again. */
export function ThrottleNotice({ failureReason, fetching }: { failureReason: unknown; fetching: boolean }) {
  if (!fetching || !isThrottled(failureReason)) return null;
  return (
    <p role="status" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-200">
      Throttled — retrying. N2N DL refused a call over its quota (HTTP 429); Patchbay waits for the next window and asks again.
    </p>
  );
}
