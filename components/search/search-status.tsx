"use client";

import type { UseQueryResult } from "@tanstack/react-query";
import type { TSearchAnswer } from "@/lib/search/search-types";

type TProps = { text: string; typed: string; search: UseQueryResult<TSearchAnswer>; found: boolean };

/** Under the results: searching, nothing found, connections not read yet or unreadable, or an error. */
export function SearchStatus({ text, typed, search, found }: TProps) {
  const blank = text.trim() === "";
  const answer = blank ? undefined : search.data;
  // Until the answer is for what is typed now (debounce and request), it is still searching.
  const current = !blank && typed === text && answer?.query === text.trim() && !search.isPlaceholderData;
  const lines: { text: string; tone: "muted" | "warn" }[] = [];
  if (search.isError && !blank) lines.push({ text: search.error.message, tone: "warn" });
  else if (!blank && !current) lines.push({ text: "Searching…", tone: "muted" });
  else if (current && !found) lines.push({ text: "No match in any connection", tone: "muted" });
  if (current && answer.indexing.length) lines.push({ text: `Still reading ${answer.indexing.join(", ")}: more may come.`, tone: "muted" });
  if (current && answer.failing.length) lines.push({ text: `Could not read ${answer.failing.join(", ")}: nothing of it can be found now.`, tone: "warn" });
  if (blank) lines.push({ text: "Names, addresses, CIDRs, DevEUIs and UIDs across every connection. ↑↓ to move, Enter to open, Esc to close.", tone: "muted" });
  return (
    <div role="status" aria-live="polite" className="space-y-1 border-t border-zinc-200 px-4 py-2 text-xs dark:border-zinc-800">
      {lines.map((line) => (
        <p key={line.text} className={line.tone === "warn" ? "text-amber-700 dark:text-amber-400" : "text-zinc-500 dark:text-zinc-400"}>
          {line.text}
        </p>
      ))}
    </div>
  );
}
