"use client";

import { FormFooter } from "@/components/ui/form-footer";
import { zodResolver } from "@hookform/resolvers/zod";
import { useController, useForm } from "react-hook-form";
import { z } from "zod";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { ZDirectAssignInput } from "@/lib/ipam/block-inputs";
import { blockContains, familyBits, maskOf, type TIpFamily } from "@/lib/ipam/cidr";
import { ResourcePicker } from "./resource-picker";
import { useIpamChange } from "./use-ipam-change";

/** Direct Assign of a chosen block inside free space: the whole range, or its first block of a smaller size. */
export function DirectAssignDialog(props: { connectionId: string; range: string; family: TIpFamily; onClose: () => void }) {
  const { connectionId, range, family, onClose } = props;
  const assign = useIpamChange(connectionId);
  const schema = ZDirectAssignInput.refine((input) => input.block === undefined || blockContains(range, input.block), { message: `Choose a block inside ${range}`, path: ["block"] });
  const { register, handleSubmit, setValue, control, formState } = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { block: range, resourceId: "" },
  });
  const { errors } = formState;
  const resource = useController({ control, name: "resourceId" }).field;
  const start = range.split("/")[0]!;
  const masks = Array.from({ length: Math.min(familyBits(family) - maskOf(range), 24) + 1 }, (_, i) => maskOf(range) + i);

  return (
    <Dialog open onClose={onClose} title={`Assign from ${range}`}>
      <form
        noValidate
        className="space-y-3"
        onSubmit={handleSubmit((input) =>
          assign.mutate({ method: "POST", path: "direct-assign", body: input, done: `Assigned ${input.block}`, failed: `assign ${input.block}` }, { onSuccess: onClose }),
        )}
      >
        <div className="grid grid-cols-[1fr_8rem] gap-3">
          <Field id="direct-block" label="Block" error={errors.block?.message} hint={`Inside the free range ${range}`}>
            <Input id="direct-block" className="font-mono" aria-invalid={errors.block ? true : undefined} {...register("block")} />
          </Field>
          <Field id="direct-size" label="Size">
            <Select id="direct-size" defaultValue={maskOf(range)} onChange={(event) => setValue("block", `${start}/${event.target.value}`, { shouldValidate: true })}>
              {masks.map((mask) => <option key={mask} value={mask}>/{mask}</option>)}
            </Select>
          </Field>
        </div>
        <ResourcePicker id="direct-resource" connectionId={connectionId} value={String(resource.value ?? "")} onChange={resource.onChange} error={errors.resourceId?.message} />
        <FormFooter error={assign.error?.message} busy={assign.isPending} submitLabel="Assign block" busyLabel="Assigning…" onCancel={onClose} />
      </form>
    </Dialog>
  );
}
