"use client";

import { CheckCircle2, Upload } from "lucide-react";
import dynamic from "next/dynamic";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { TAcretoCommitProgress } from "@/lib/vendors/acreto/schemas";
import type { TEcosystemRef } from "./acreto-keys";
import { LastCommit } from "./last-commit";
import { useCommitChanges } from "./use-ecosystem-changes";
import { isCommitting } from "./use-commit-progress";

// Their code loads when a commit runs or changes wait: the ecosystem page's first load is at its budget.
const CommitProgress = dynamic(() => import("./commit-progress").then((m) => m.CommitProgress), {
  loading: () => <p className="text-sm font-medium text-sky-800 dark:text-sky-300">Committing changes…</p>,
});
const PendingChanges = dynamic(() => import("./pending-changes").then((m) => m.PendingChanges), {
  loading: () => <p className="text-sm text-amber-800 dark:text-amber-300">Changes are waiting for a commit…</p>,
});

type TProps = { connectionId: string; ecosystemRef: TEcosystemRef; progress: TAcretoCommitProgress; updatedAt: number; canOperate: boolean; gateId: string };

const NOTHING_TO_COMMIT = "Nothing to commit: Acreto reports every change applied.";

/**
 * One state at a time, as Acreto reports it: a commit running; changes waiting (and which, as far as
 * Patchbay made them); or everything live. "Commit changes" (operators) only when there is something to commit.
 */
export function CommitBar({ connectionId, ecosystemRef, progress, updatedAt, canOperate, gateId }: TProps) {
  const commit = useCommitChanges(connectionId, ecosystemRef);
  const running = isCommitting(progress);
  const blocked = !progress.canChange;
  const waiting = !running && (progress.status === "pending_changes" || progress.pending.length > 0);
  const settled = !running && !waiting && progress.status === "ok";
  return (
    <Card className="flex flex-wrap items-center justify-between gap-4" data-testid="commit-bar" data-state={running ? "committing" : waiting ? "pending" : settled ? "live" : progress.status}>
      <div className="min-w-0 flex-1 space-y-1.5">
        {running && <CommitProgress progress={progress} updatedAt={updatedAt} />}
        {waiting && <PendingChanges pending={progress.pending} elsewhere={progress.status === "pending_changes"} />}
        {settled && (
          <p role="status" className="flex items-center gap-1.5 text-sm text-zinc-700 dark:text-zinc-200">
            <CheckCircle2 size={16} aria-hidden className="text-emerald-600 dark:text-emerald-400" />
            All changes are live: nothing waits for a commit.
          </p>
        )}
        {!running && !waiting && !settled && <p className="text-sm text-zinc-600 dark:text-zinc-300">Changes to Things apply only after a commit.</p>}
        {!running && progress.lastCommit && <LastCommit last={progress.lastCommit} />}
      </div>
      {canOperate && (
        <Button
          onClick={() => commit.mutate()}
          disabled={blocked || running || settled || commit.isPending}
          aria-describedby={blocked && !running ? gateId : undefined}
          title={blocked ? (progress.reason ?? undefined) : settled ? NOTHING_TO_COMMIT : undefined}
          className="shrink-0 dark:disabled:opacity-50"
        >
          <Upload size={16} aria-hidden />
          {commit.isPending ? "Starting commit…" : "Commit changes"}
        </Button>
      )}
    </Card>
  );
}
