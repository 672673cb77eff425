import { CheckCircle2, XCircle } from "lucide-react";
import { formatTimeOfDay } from "@/components/ui/format-time";
import type { TAcretoCommitProgress } from "@/lib/vendors/acreto/schemas";
import { formatDuration } from "./elapsed";

/** How the last commit ended, on one line. */
export function LastCommit({ last }: { last: NonNullable<TAcretoCommitProgress["lastCommit"]> }) {
  const failed = last.outcome === "ecosystem_error";
  return (
    <p className="flex items-center gap-1.5 text-xs text-zinc-500 dark:text-zinc-400" data-testid="last-commit">
      {failed ? <XCircle size={14} aria-hidden className="text-red-600 dark:text-red-400" /> : <CheckCircle2 size={14} aria-hidden className="text-emerald-600 dark:text-emerald-400" />}
      Last commit {failed ? "failed" : "finished"} after {formatDuration(last.durationMs)}, at {formatTimeOfDay(last.finishedAt)}.
    </p>
  );
}
