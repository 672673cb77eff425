"use client";

import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { TEcosystemRef } from "./acreto-keys";
import { useDeleteThing } from "./use-ecosystem-changes";

/** Asks before deleting a Thing; the deletion, like every change, applies at the next commit. */
export function DeleteThingDialog({ thing, onClose, connectionId, ecosystemRef }: { thing: { uuid: string; name: string }; onClose: () => void; connectionId: string; ecosystemRef: TEcosystemRef }) {
  const remove = useDeleteThing(connectionId, ecosystemRef);
  return (
    <ConfirmDialog open title={`Delete Thing ${thing.name}?`} confirmLabel="Delete Thing" busy={remove.isPending} onCancel={onClose} onConfirm={() => remove.mutate(thing, { onSuccess: onClose })}>
      <p>
        <strong>{thing.name}</strong> leaves the ecosystem at the next commit; its VPN profile stops working then.
      </p>
      {remove.isError && (
        <p role="alert" className="mt-3 text-red-700 dark:text-red-400">
          {remove.error.message}
        </p>
      )}
    </ConfirmDialog>
  );
}
