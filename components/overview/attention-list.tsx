"use client";

import { CheckCircle2 } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { TAttentionItem } from "@/lib/attention/attention-types";
import { VENDOR_NAMES } from "@/lib/vendors/vendor-names";
import { SeverityBadge } from "./severity-badge";
import { SinceLabel } from "./since-label";

/** The worst are enough at a glance; the rest are one click away. */
const FIRST_SHOWN = 12;

/** Every item worst first, each row a link (named by its title) to the page where it can be looked at. */
export function AttentionList({ items, now }: { items: readonly TAttentionItem[]; now: number }) {
  const [all, setAll] = useState(false);
  if (items.length === 0) {
    return (
      <p className="flex items-center gap-2 rounded-lg border border-emerald-200 bg-emerald-50 p-4 text-sm text-emerald-800 dark:border-emerald-900 dark:bg-emerald-950/40 dark:text-emerald-300">
        <CheckCircle2 className="size-4" aria-hidden /> Nothing needs attention on any connection.
      </p>
    );
  }
  const shown = all ? items : items.slice(0, FIRST_SHOWN);
  return (
    <div>
      <ul className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 bg-white dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900" data-testid="attention-list">
        {shown.map((item) => (
          <li key={item.id} className="relative flex items-center gap-3 px-4 py-2 hover:bg-zinc-50 dark:hover:bg-zinc-800/60" data-severity={item.severity}>
            <SeverityBadge severity={item.severity} />
            <div className="flex min-w-0 flex-1 flex-wrap items-baseline gap-x-2">
              {/* The whole row is clickable; the link's name stays the title. */}
              <Link href={item.href} prefetch={false} className="font-medium text-sky-700 after:absolute after:inset-0 hover:underline dark:text-sky-400">
                {item.title}
              </Link>
              <span className="truncate text-sm text-zinc-600 dark:text-zinc-400">{item.detail}</span>
              <span className="text-xs text-zinc-500 dark:text-zinc-400">
                {VENDOR_NAMES[item.vendor].label} · {item.connectionName}
              </span>
            </div>
            <SinceLabel since={item.since} now={now} />
          </li>
        ))}
      </ul>
      {items.length > FIRST_SHOWN && (
        <Button variant="ghost" size="sm" className="mt-2" onClick={() => setAll(!all)} aria-expanded={all}>
          {all ? `Show the first ${FIRST_SHOWN}` : `Show all ${items.length}`}
        </Button>
      )}
    </div>
  );
}
