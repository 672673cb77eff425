"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { toast } from "@/components/ui/toast";
import type { TAcretoCommitProgress } from "@/lib/vendors/acreto/schemas";
import { acretoKeys, ecosystemPath, type TEcosystemRef } from "./acreto-keys";
import { useAcretoApi } from "./use-acreto-api";

export const COMMIT_POLL_MS = 2_000;
/** Between commits the status is still read now and then, so a commit someone else starts shows here too. */
const IDLE_POLL_MS = 5_000;

export const isCommitting = (progress: TAcretoCommitProgress | undefined) => progress?.committing === true || progress?.status === "commit_in_progress";

/**
 * Where the ecosystem's commit stands, as every viewer sees it: read every 2 s while one runs. The
 * server shares one upstream status read among all viewers. When a commit this page saw running ends,
 * a toast says how, and the ecosystem's data is read again.
 */
export function useCommitProgress(connectionId: string, ref: TEcosystemRef, ecosystemName: string | undefined) {
  const acreto = useAcretoApi(connectionId);
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: acretoKeys.commitStatus(connectionId, ref),
    queryFn: () => acreto<TAcretoCommitProgress>(ecosystemPath(ref, "commit-status")),
    refetchInterval: (current) => (isCommitting(current.state.data) ? COMMIT_POLL_MS : IDLE_POLL_MS),
    refetchIntervalInBackground: true,
    staleTime: 0,
  });

  const sawRunning = useRef(false);
  const progress = query.data;
  useEffect(() => {
    if (!progress) return;
    if (isCommitting(progress)) {
      sawRunning.current = true;
      return;
    }
    if (!sawRunning.current) return;
    sawRunning.current = false;
    const name = ecosystemName ?? "the ecosystem";
    const seconds = progress.lastCommit ? ` in ${Math.round(progress.lastCommit.durationMs / 1000)} s` : "";
    if (progress.status === "ecosystem_error") toast.error(`The commit of ${name} failed: the ecosystem is in error. Contact Acreto support.`);
    else toast.success(`Commit of ${name} finished${seconds}: the changes are live.`);
    void queryClient.invalidateQueries({ queryKey: acretoKeys.ecosystem(connectionId, ref) });
  }, [progress, ecosystemName, queryClient, connectionId, ref]);

  return query;
}
