"use client";

import { FormFooter } from "@/components/ui/form-footer";
import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import type { TAcretoGroupRow } from "@/lib/vendors/acreto/schemas";
import { ZThingForm, type TThingForm } from "./thing-form-schema";

type TProps = {
  groups: TAcretoGroupRow[];
  defaultValues: TThingForm;
  submitLabel: string;
  busy: boolean;
  /** The server's refusal, shown above the buttons. */
  error: string | null;
  onSubmit: (form: TThingForm, expiryChanged: boolean) => void;
  onCancel: () => void;
};

/** Name, category, asset value, profile group and expiry of a Thing. */
export function ThingForm({ groups, defaultValues, submitLabel, busy, error, onSubmit, onCancel }: TProps) {
  const { register, handleSubmit, formState } = useForm<TThingForm>({ resolver: zodResolver(ZThingForm), defaultValues });
  const { errors, dirtyFields } = formState;
  const invalid = (field: keyof TThingForm) => (errors[field] ? { "aria-invalid": true, "aria-describedby": `thing-${field}-error` } : {});
  return (
    <form onSubmit={handleSubmit((form) => onSubmit(form, dirtyFields.expiresOn === true))} className="space-y-3" noValidate>
      <Field id="thing-name" label="Name" error={errors.name?.message}>
        <Input id="thing-name" autoComplete="off" autoFocus {...register("name")} {...invalid("name")} />
      </Field>
      <div className="grid grid-cols-2 gap-3">
        <Field id="thing-category" label="Category" hint="e.g. IoT, Camera, PLC" error={errors.category?.message}>
          <Input id="thing-category" autoComplete="off" {...register("category")} {...invalid("category")} />
        </Field>
        <Field id="thing-assetValue" label="Asset value" hint="0 to 1000" error={errors.assetValue?.message}>
          <Input id="thing-assetValue" type="number" inputMode="numeric" min={0} max={1000} step={1} {...register("assetValue", { valueAsNumber: true })} {...invalid("assetValue")} />
        </Field>
      </div>
      <Field id="thing-profileGroup" label="Profile group" error={errors.profileGroup?.message}>
        <Select id="thing-profileGroup" {...register("profileGroup")} {...invalid("profileGroup")}>
          {groups.map((group) => (
            <option key={group.uuid} value={group.uuid}>
              {group.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="thing-expiresOn" label="Expires on" hint="Leave empty for a Thing that never expires." error={errors.expiresOn?.message}>
        <Input id="thing-expiresOn" type="date" {...register("expiresOn")} {...invalid("expiresOn")} className="w-48" />
      </Field>
      <FormFooter error={error} busy={busy} submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  );
}
