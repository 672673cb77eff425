"use client";

import { formatMoment } from "@/components/ui/format-time";
import type { TFleetPage } from "@/lib/n2n-fleet/fleet-view";
import { formatCount } from "./format";

/** When the last scan of N2N failed (the list is the one before it), or left records it could not read. */
export function FleetScanNotice({ fleet }: { fleet: TFleetPage }) {
  if (!fleet.scanError && !fleet.unreadable) return null;
  return (
    <p role="status" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-200">
      {fleet.scanError
        ? `The last read of N2N's device list failed: ${fleet.scanError} The list is the one read at ${formatMoment(fleet.scannedAt)}.`
        : `${formatCount(fleet.unreadable)} of the records N2N sent could not be read and are not listed; the server log has them.`}
    </p>
  );
}
