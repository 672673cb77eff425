"use client";

import { FormFooter } from "@/components/ui/form-footer";
import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { ZAddAggregateInput } from "@/lib/ipam/block-inputs";
import { PROVISION_RIRS } from "@/lib/vendors/provision/rirs";
import { useIpamChange } from "./use-ipam-change";
import { useTagHint } from "./use-tag-hint";

type TForm = z.input<typeof ZAddAggregateInput>;
const DEFAULTS: TForm = { block: "", rir: "ARIN", notes: "", region: "", tags: "", vlan: "", asn: "" };

/** Adds a top-level block (IPv4 or IPv6) that space is then assigned from. */
export function AddAggregateDialog({ connectionId, onClose }: { connectionId: string; onClose: () => void }) {
  const add = useIpamChange(connectionId);
  const { register, handleSubmit, formState } = useForm<TForm, unknown, z.output<typeof ZAddAggregateInput>>({ resolver: zodResolver(ZAddAggregateInput), defaultValues: DEFAULTS });
  const { errors } = formState;
  const tagHint = useTagHint(connectionId, "Set now: ProVision takes a block's tags when it is added.");
  return (
    <Dialog open onClose={onClose} title="Add aggregate">
      <form
        noValidate
        className="space-y-3"
        onSubmit={handleSubmit((input) => add.mutate({ method: "POST", path: "aggregates", body: input, done: `Added aggregate ${input.block}`, failed: `add ${input.block}` }, { onSuccess: onClose }))}
      >
        <div className="grid grid-cols-[1fr_8rem] gap-3">
          <Field id="aggregate-block" label="Block" error={errors.block?.message} hint="e.g. 100.64.0.0/22 or 2001:db8:f000::/36">
            <Input id="aggregate-block" className="font-mono" aria-invalid={errors.block ? true : undefined} {...register("block")} />
          </Field>
          <Field id="aggregate-rir" label="RIR" error={errors.rir?.message}>
            <Select id="aggregate-rir" {...register("rir")}>
              {PROVISION_RIRS.map((rir) => <option key={rir} value={rir}>{rir}</option>)}
            </Select>
          </Field>
        </div>
        <div className="grid grid-cols-3 gap-3">
          <Field id="aggregate-region" label="Region (optional)" error={errors.region?.message}>
            <Input id="aggregate-region" {...register("region")} />
          </Field>
          <Field id="aggregate-vlan" label="VLAN (optional)" error={errors.vlan?.message}>
            <Input id="aggregate-vlan" inputMode="numeric" {...register("vlan")} />
          </Field>
          <Field id="aggregate-asn" label="ASN (optional)" error={errors.asn?.message}>
            <Input id="aggregate-asn" inputMode="numeric" {...register("asn")} />
          </Field>
        </div>
        <Field id="aggregate-tags" label="Tags (optional)" error={errors.tags?.message} hint={tagHint}>
          <Input id="aggregate-tags" placeholder="customer, vpn" {...register("tags")} />
        </Field>
        <Field id="aggregate-notes" label="Notes (optional)" error={errors.notes?.message}>
          <Input id="aggregate-notes" {...register("notes")} />
        </Field>
        <FormFooter error={add.error?.message} busy={add.isPending} submitLabel="Add aggregate" busyLabel="Adding…" onCancel={onClose} />
      </form>
    </Dialog>
  );
}
