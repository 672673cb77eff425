"use client";

import { Badge } from "@/components/ui/badge";
import { formatDay } from "@/components/ui/format-time";
import { useNow } from "@/components/ui/use-now";

/** When a Thing expires; one whose date has passed says Expired, so it is not mistaken for a working one. */
export function ThingExpiry({ expiresAt }: { expiresAt: string | null }) {
  const now = useNow(60_000);
  if (!expiresAt) return <span className="text-zinc-500 dark:text-zinc-400">Never</span>;
  const expired = Date.parse(expiresAt) <= now;
  return (
    <span className="inline-flex items-center gap-1.5 whitespace-nowrap">
      {expired && <Badge tone="red">Expired</Badge>}
      {formatDay(expiresAt)}
    </span>
  );
}
