"use client";

import { Minus, Pencil, Plus } from "lucide-react";
import { useState } from "react";
import { formatMoment } from "@/components/ui/format-time";
import type { TAcretoPendingChange } from "@/lib/vendors/acreto/schemas";

const SHOWN = 8;
const CHANGE = {
  added: { icon: Plus, words: "added", tone: "text-emerald-700 dark:text-emerald-400" },
  changed: { icon: Pencil, words: "changed", tone: "text-sky-700 dark:text-sky-400" },
  removed: { icon: Minus, words: "removed", tone: "text-red-700 dark:text-red-400" },
} as const;

/** What the next commit applies: each Thing added, changed or removed through Patchbay since the last commit. */
export function PendingChanges({ pending, elsewhere }: { pending: TAcretoPendingChange[]; elsewhere: boolean }) {
  const [all, setAll] = useState(false);
  const shown = all ? pending : pending.slice(0, SHOWN);
  const count = pending.length;
  return (
    <div className="space-y-1.5" data-testid="pending-changes">
      <p role="status" className="text-sm font-medium text-amber-800 dark:text-amber-300">
        {count > 0 ? `${count} change${count === 1 ? "" : "s"} waiting for a commit` : "Changes are waiting for a commit"}
        <span className="font-normal text-zinc-600 dark:text-zinc-300"> — they apply only once committed.</span>
      </p>
      {count > 0 && (
        <ul className="space-y-0.5 text-sm" aria-label="What the commit will apply">
          {shown.map((change) => {
            const { icon: Icon, words, tone } = CHANGE[change.change];
            return (
              <li key={change.thing} className="flex items-center gap-1.5">
                <Icon size={14} aria-hidden className={tone} />
                <span className="font-medium">{change.name}</span>
                <span className="text-zinc-600 dark:text-zinc-300">{words}</span>
                <span className="text-xs text-zinc-500 dark:text-zinc-400">
                  by {change.by}, {formatMoment(change.at)}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {count > SHOWN && (
        <button type="button" className="text-xs text-sky-700 hover:underline dark:text-sky-400" onClick={() => setAll((now) => !now)}>
          {all ? "Show fewer" : `Show all ${count}`}
        </button>
      )}
      {elsewhere && <p className="text-xs text-zinc-500 dark:text-zinc-400">{count > 0 ? "Acreto may also hold changes made outside Patchbay; they are committed too." : "They were made outside Patchbay: Acreto does not say which."}</p>}
    </div>
  );
}
