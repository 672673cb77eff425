"use client";

import { formatDay } from "@/components/ui/format-time";
import { useNow } from "@/components/ui/use-now";

/** A contract's end; once the term has passed Megaport bills on month to month, so it reads "term ended" rather than a date that looks ahead. */
export function ContractEnd({ at, prefix = false }: { at: number | null; prefix?: boolean }) {
  const now = useNow(3_600_000);
  if (at === null) return <>—</>;
  const ended = at <= now;
  return (
    <span className="whitespace-nowrap" title={ended ? "The contract term has ended: the service continues month to month until it is renewed or cancelled" : undefined}>
      {ended ? "term ended " : prefix ? "ends " : ""}
      {formatDay(at)}
    </span>
  );
}
