"use client";

import { Loader2 } from "lucide-react";
import type { TAcretoCommitProgress } from "@/lib/vendors/acreto/schemas";
import { formatElapsed } from "./elapsed";
import { isCommitting } from "./use-commit-progress";
import { formatTimeOfDay } from "@/components/ui/format-time";
import { useNow } from "@/components/ui/use-now";

// An indeterminate bar: how long Acreto takes is unknown. React hoists this <style> once for every bar.
const SLIDE = "@keyframes acreto-commit-slide { from { transform: translateX(-100%); } to { transform: translateX(300%); } } @media (prefers-reduced-motion: reduce) { [style*=acreto-commit-slide] { animation: none !important; } }";


/** While a commit runs: a moving bar and the time since it started. */
export function CommitProgress({ progress, updatedAt }: { progress: TAcretoCommitProgress; updatedAt: number }) {
  const running = isCommitting(progress);
  const now = useNow(1_000, running);
  if (running) {
    // elapsedMs was measured on the server when it answered; the browser's clock only adds what passed since.
    const elapsed = (progress.elapsedMs ?? 0) + Math.max(0, now - updatedAt);
    const started = progress.since ? `${progress.sinceKnown ? "Started" : "Noticed running"} at ${formatTimeOfDay(progress.since)}` : "";
    return (
      <div className="min-w-64 flex-1 space-y-1.5" data-testid="commit-progress">
        <p className="flex items-center gap-2 text-sm font-medium text-sky-800 dark:text-sky-300">
          <Loader2 size={16} aria-hidden className="animate-spin" />
          <span role="status">Committing changes…</span>
          <span className="font-mono tabular-nums" data-testid="commit-elapsed" aria-label={`${formatElapsed(elapsed)} elapsed`}>
            {formatElapsed(elapsed)}
          </span>
        </p>
        <div role="progressbar" aria-label="Commit progress" aria-valuetext={`Commit in progress, ${formatElapsed(elapsed)} elapsed`} className="h-1.5 overflow-hidden rounded-full bg-sky-100 dark:bg-sky-950">
          <style href="acreto-commit-slide" precedence="default">{SLIDE}</style>
          <div className="h-full w-1/3 rounded-full bg-sky-500 motion-reduce:w-full motion-reduce:animate-pulse" style={{ animation: "acreto-commit-slide 1.6s ease-in-out infinite" }} />
        </div>
        <p className="text-xs text-zinc-500 dark:text-zinc-400">{started}{started && " · "}Acreto applies the changes to every NSP; it can take several minutes. Status checked every 2 s.</p>
      </div>
    );
  }
  return null;
}
