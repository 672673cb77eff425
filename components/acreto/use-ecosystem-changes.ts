"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { toast } from "@/components/ui/toast";
import type { TAcretoCommitProgress, TAcretoCommitStarted, TAcretoThingChanges, TAcretoThingInput, TAcretoThingRow } from "@/lib/vendors/acreto/schemas";
import { acretoKeys, ecosystemPath, type TEcosystemRef } from "./acreto-keys";
import { useAcretoApi } from "./use-acreto-api";

/** Every change makes the ecosystem's status, Things and commit state worth reading again. */
function useRefreshEcosystem(connectionId: string, ref: TEcosystemRef) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: acretoKeys.ecosystem(connectionId, ref) });
}

export function useCreateThing(connectionId: string, ref: TEcosystemRef) {
  const acreto = useAcretoApi(connectionId);
  const refresh = useRefreshEcosystem(connectionId, ref);
  return useMutation({
    mutationFn: (thing: TAcretoThingInput) => acreto<TAcretoThingRow>(ecosystemPath(ref, "things"), { method: "POST", body: thing }),
    onSuccess: (thing) => {
      toast.success(`Created Thing ${thing.name}: commit the changes to apply it.`);
      return refresh();
    },
  });
}

/** Sends the form's fields; the server fills in every other field from a fresh read, as Acreto's PUT needs. */
export function useUpdateThing(connectionId: string, ref: TEcosystemRef) {
  const acreto = useAcretoApi(connectionId);
  const refresh = useRefreshEcosystem(connectionId, ref);
  return useMutation({
    mutationFn: ({ uuid, changes }: { uuid: string; changes: TAcretoThingChanges }) =>
      acreto<TAcretoThingRow>(ecosystemPath(ref, `things/${encodeURIComponent(uuid)}`), { method: "PUT", body: changes }),
    onSuccess: (thing) => {
      toast.success(`Saved Thing ${thing.name}: commit the changes to apply it.`);
      return refresh();
    },
  });
}

export function useDeleteThing(connectionId: string, ref: TEcosystemRef) {
  const acreto = useAcretoApi(connectionId);
  const refresh = useRefreshEcosystem(connectionId, ref);
  return useMutation({
    mutationFn: (thing: { uuid: string; name: string }) => acreto<void>(ecosystemPath(ref, `things/${encodeURIComponent(thing.uuid)}`), { method: "DELETE" }),
    onSuccess: (_result, thing) => {
      toast.success(`Deleted Thing ${thing.name}: commit the changes to apply it.`);
      return refresh();
    },
  });
}

/** Posts the commit once (a mutation is never retried); the progress poll takes over from there. */
export function useCommitChanges(connectionId: string, ref: TEcosystemRef) {
  const acreto = useAcretoApi(connectionId);
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => acreto<TAcretoCommitStarted>(ecosystemPath(ref, "commits"), { method: "POST" }),
    onSuccess: ({ startedAt }) => {
      // Shown at once, before the next poll confirms it.
      queryClient.setQueryData<TAcretoCommitProgress>(acretoKeys.commitStatus(connectionId, ref), (progress) =>
        progress && { ...progress, status: "commit_in_progress", committing: true, canChange: false, reason: "A commit is in progress: make no change until it has finished.", since: startedAt, sinceKnown: true, elapsedMs: 0 },
      );
      return queryClient.invalidateQueries({ queryKey: acretoKeys.commitStatus(connectionId, ref) });
    },
    onError: (error) => toast.error(`Could not start the commit: ${error.message}`),
  });
}
