"use client";

import { useQuery } from "@tanstack/react-query";
import { Dialog } from "@/components/ui/dialog";
import { ErrorState } from "@/components/ui/empty-state";
import type { TAcretoGroupRow, TAcretoThingRow } from "@/lib/vendors/acreto/schemas";
import { ecosystemPath, type TEcosystemRef } from "./acreto-keys";
import { ThingForm } from "./thing-form";
import { thingFormOf, toThingChanges } from "./thing-form-schema";
import { useAcretoApi } from "./use-acreto-api";
import { useUpdateThing } from "./use-ecosystem-changes";

type TProps = { thing: { uuid: string; name: string }; onClose: () => void; connectionId: string; ecosystemRef: TEcosystemRef; groups: TAcretoGroupRow[] };

/** Edits a Thing from a fresh read of it (never the list's copy), so nobody's recent change is undone. */
export function EditThingDialog({ thing, onClose, connectionId, ecosystemRef, groups }: TProps) {
  const acreto = useAcretoApi(connectionId);
  const fresh = useQuery({
    queryKey: ["acreto", connectionId, "thing-for-edit", ecosystemRef.customer, ecosystemRef.ecosystem, thing.uuid],
    queryFn: () => acreto<TAcretoThingRow>(ecosystemPath(ecosystemRef, `things/${encodeURIComponent(thing.uuid)}`)),
    staleTime: 0,
    gcTime: 0,
    refetchOnWindowFocus: false,
  });
  const update = useUpdateThing(connectionId, ecosystemRef);
  return (
    <Dialog open onClose={onClose} title={`Edit Thing ${thing.name}`}>
      {fresh.isPending ? (
        <p role="status" className="text-sm text-zinc-500 dark:text-zinc-400">
          Reading the Thing from Acreto…
        </p>
      ) : fresh.isError ? (
        <ErrorState error={fresh.error} onRetry={() => void fresh.refetch()} />
      ) : (
        <ThingForm
          groups={groups}
          defaultValues={thingFormOf(fresh.data)}
          submitLabel="Save Thing"
          busy={update.isPending}
          error={update.error?.message ?? null}
          onSubmit={(form, expiryChanged) => update.mutate({ uuid: thing.uuid, changes: toThingChanges(form, expiryChanged) }, { onSuccess: onClose })}
          onCancel={onClose}
        />
      )}
    </Dialog>
  );
}
