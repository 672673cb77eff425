"use client";

import { FormFooter } from "@/components/ui/form-footer";
import { zodResolver } from "@hookform/resolvers/zod";
import { useController, useForm, useWatch } from "react-hook-form";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { ZSmartAssignInput } from "@/lib/ipam/block-inputs";
import { PROVISION_RIRS } from "@/lib/vendors/provision/rirs";
import type { TIpamBlockSummary } from "@/lib/vendors/provision/schemas";
import { formatAddressCount } from "./format";
import { ResourcePicker } from "./resource-picker";
import { useIpamChange } from "./use-ipam-change";
import { useTagHint } from "./use-tag-hint";

type TForm = z.input<typeof ZSmartAssignInput>;
const DEFAULTS: TForm = { type: "IPv4", mask: 28, rir: "ARIN", resourceId: "", tags: "", region: "", vlan: "" };

/** Smart Assign: ProVision picks the first free block of the mask; the dialog then shows the block it got. */
export function SmartAssignDialog(props: { connectionId: string; onShow: (block: TIpamBlockSummary) => void; onClose: () => void }) {
  const { connectionId, onShow, onClose } = props;
  const assign = useIpamChange(connectionId);
  const { register, handleSubmit, control, formState } = useForm<TForm, unknown, z.output<typeof ZSmartAssignInput>>({ resolver: zodResolver(ZSmartAssignInput), defaultValues: DEFAULTS });
  const { errors } = formState;
  const got = assign.data?.block;
  const type = useWatch({ control, name: "type" });
  const resource = useController({ control, name: "resourceId" }).field;
  const tagHint = useTagHint(connectionId, "Only aggregates with all of these tags.");

  return (
    <Dialog open onClose={onClose} title="Smart Assign">
      {got ? (
        <div className="space-y-4" role="status">
          <p className="text-sm text-zinc-600 dark:text-zinc-300">ProVision assigned</p>
          <p className="font-mono text-2xl font-semibold" data-testid="smart-assign-block">{got.cidr}</p>
          <p className="text-sm text-zinc-600 dark:text-zinc-300">
            to {got.resourceName ?? "resource"} (#{got.resourceId}) · {formatAddressCount(got.size)} addresses. ProVision said: “{assign.data?.message}”
          </p>
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => onShow(got)}>Show in tree</Button>
            <Button onClick={onClose}>Done</Button>
          </div>
        </div>
      ) : (
        <form
          noValidate
          className="space-y-3"
          onSubmit={handleSubmit((input) =>
            assign.mutate({ method: "POST", path: "smart-assign", body: input, done: (r) => `Smart Assign got ${r.block?.cidr ?? "a block"}`, failed: `smart-assign a /${input.mask}` }),
          )}
        >
          <p className="text-sm text-zinc-600 dark:text-zinc-300">ProVision takes the first free block of this size in an aggregate that matches the RIR, tags and region.</p>
          <div className="grid grid-cols-3 gap-3">
            <Field id="smart-type" label="Type">
              <Select id="smart-type" {...register("type")}>
                <option value="IPv4">IPv4</option>
                <option value="IPv6">IPv6</option>
              </Select>
            </Field>
            <Field id="smart-mask" label="Mask" error={errors.mask?.message} hint={type === "IPv6" ? "/1–/128" : "/1–/32"}>
              <Input id="smart-mask" inputMode="numeric" aria-invalid={errors.mask ? true : undefined} {...register("mask")} />
            </Field>
            <Field id="smart-rir" label="RIR" error={errors.rir?.message}>
              <Select id="smart-rir" {...register("rir")}>
                {PROVISION_RIRS.map((rir) => <option key={rir} value={rir}>{rir}</option>)}
              </Select>
            </Field>
          </div>
          <ResourcePicker id="smart-resource" connectionId={connectionId} value={String(resource.value ?? "")} onChange={resource.onChange} error={errors.resourceId?.message} />
          <Field id="smart-tags" label="Tags to match (optional)" error={errors.tags?.message} hint={tagHint}>
            <Input id="smart-tags" placeholder="customer, vpn" {...register("tags")} />
          </Field>
          <div className="grid grid-cols-2 gap-3">
            <Field id="smart-region" label="Region (optional)" error={errors.region?.message}>
              <Input id="smart-region" {...register("region")} />
            </Field>
            <Field id="smart-vlan" label="VLAN (optional)" error={errors.vlan?.message}>
              <Input id="smart-vlan" inputMode="numeric" {...register("vlan")} />
            </Field>
          </div>
          <FormFooter error={assign.error?.message} busy={assign.isPending} submitLabel="Smart Assign" busyLabel="Assigning…" onCancel={onClose} />
        </form>
      )}
    </Dialog>
  );
}
