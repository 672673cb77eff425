"use client";

import { Upload } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { TAcretoCommitProgress } from "@/lib/vendors/acreto/schemas";
import type { TEcosystemRef } from "./acreto-keys";
import { CommitProgress } from "./commit-progress";
import { useCommitChanges } from "./use-ecosystem-changes";
import { isCommitting } from "./use-commit-progress";

type TProps = { connectionId: string; ecosystemRef: TEcosystemRef; progress: TAcretoCommitProgress; updatedAt: number; canOperate: boolean; gateId: string };

/** "Commit changes" (operators) and the commit's progress, which every viewer of the ecosystem sees. */
export function CommitBar({ connectionId, ecosystemRef, progress, updatedAt, canOperate, gateId }: TProps) {
  const commit = useCommitChanges(connectionId, ecosystemRef);
  const running = isCommitting(progress);
  const blocked = !progress.canChange;
  return (
    <Card className="flex flex-wrap items-center justify-between gap-4" data-testid="commit-bar">
      <div className="flex min-w-0 flex-1 items-center">
        {running || progress.lastCommit ? (
          <CommitProgress progress={progress} updatedAt={updatedAt} />
        ) : (
          <p className="text-sm text-zinc-600 dark:text-zinc-300">
            {progress.status === "pending_changes" ? "This ecosystem has changes that are not applied yet: commit them to make them live." : "Changes to Things apply only after a commit."}
          </p>
        )}
      </div>
      {canOperate && (
        <Button
          onClick={() => commit.mutate()}
          disabled={blocked || running || commit.isPending}
          aria-describedby={blocked && !running ? gateId : undefined}
          title={blocked ? (progress.reason ?? undefined) : undefined}
          className="shrink-0 dark:disabled:opacity-50"
        >
          <Upload size={16} aria-hidden />
          {commit.isPending ? "Starting commit…" : "Commit changes"}
        </Button>
      )}
    </Card>
  );
}
