"use client";

import { Dialog } from "@/components/ui/dialog";
import type { TAcretoGroupRow } from "@/lib/vendors/acreto/schemas";
import type { TEcosystemRef } from "./acreto-keys";
import { ThingForm } from "./thing-form";
import { newThingForm, toThingInput } from "./thing-form-schema";
import { useCreateThing } from "./use-ecosystem-changes";

type TProps = { open: boolean; onClose: () => void; connectionId: string; ecosystemRef: TEcosystemRef; groups: TAcretoGroupRow[] };

/** A new Thing, in the first profile group unless the admin picks another. */
export function CreateThingDialog({ open, onClose, connectionId, ecosystemRef, groups }: TProps) {
  const create = useCreateThing(connectionId, ecosystemRef);
  const close = () => {
    create.reset();
    onClose();
  };
  return (
    <Dialog open={open} onClose={close} title="New Thing">
      <ThingForm
        groups={groups}
        defaultValues={newThingForm(groups[0]?.uuid)}
        submitLabel="Create Thing"
        busy={create.isPending}
        error={create.error?.message ?? null}
        onSubmit={(form) => create.mutate(toThingInput(form), { onSuccess: close })}
        onCancel={close}
      />
    </Dialog>
  );
}
