"use client";

import { FormFooter } from "@/components/ui/form-footer";
import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { ZEditBlockInput } from "@/lib/ipam/block-inputs";
import type { TIpamBlockSummary } from "@/lib/vendors/provision/schemas";
import { BlockTags } from "./block-tags";
import { useIpamChange } from "./use-ipam-change";

type TForm = z.input<typeof ZEditBlockInput>;
const TEXTAREA = "min-h-20 w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm dark:border-zinc-700 dark:bg-zinc-900";

/** Notes, region and VLAN of a block (ProVision's update; an emptied field is cleared), and its tags, which can only be taken off. */
export function EditBlockDialog({ connectionId, block, onClose }: { connectionId: string; block: TIpamBlockSummary; onClose: () => void }) {
  const edit = useIpamChange(connectionId);
  const defaultValues: TForm = { notes: block.notes ?? "", region: block.region ?? "", vlan: block.vlan === null ? "" : String(block.vlan) };
  const { register, handleSubmit, formState } = useForm<TForm, unknown, z.output<typeof ZEditBlockInput>>({ resolver: zodResolver(ZEditBlockInput), defaultValues });
  const { errors } = formState;
  return (
    <Dialog open onClose={onClose} title={`Edit ${block.cidr}`}>
      <div className="space-y-4">
        <BlockTags connectionId={connectionId} block={block} />
        <form
          noValidate
          className="space-y-3"
          onSubmit={handleSubmit((input) =>
            edit.mutate({ method: "PATCH", path: `blocks/${block.id}`, body: input, done: `Saved ${block.cidr}`, failed: `save ${block.cidr}` }, { onSuccess: onClose }),
          )}
        >
          <Field id="edit-notes" label="Notes" error={errors.notes?.message}>
            <textarea id="edit-notes" className={TEXTAREA} {...register("notes")} />
          </Field>
          <div className="grid grid-cols-2 gap-3">
            <Field id="edit-region" label="Region" error={errors.region?.message}>
              <Input id="edit-region" {...register("region")} />
            </Field>
            <Field id="edit-vlan" label="VLAN" error={errors.vlan?.message}>
              <Input id="edit-vlan" inputMode="numeric" aria-invalid={errors.vlan ? true : undefined} {...register("vlan")} />
            </Field>
          </div>
          <FormFooter error={edit.error?.message} busy={edit.isPending} submitLabel="Save" busyLabel="Saving…" onCancel={onClose} />
        </form>
      </div>
    </Dialog>
  );
}
