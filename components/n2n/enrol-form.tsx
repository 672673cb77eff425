"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, useWatch } from "react-hook-form";
import { Field } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { Input, Select } from "@/components/ui/input";
import { N2N_DEVICE_CLASSES } from "@/lib/vendors/n2n/device-ids";
import { ZEnrolForm, type TEnrolForm, type TEnrolFormInput } from "./enrol-form-schema";

type TProps = {
  defaultValues: TEnrolFormInput;
  enterprises: string[];
  busy: boolean;
  /** N2N's refusal, shown above the buttons. */
  error: string | null;
  onSubmit: (form: TEnrolForm) => void;
  onCancel: () => void;
};

type TKeyField = { name: "appEui" | "appKey" | "nwAddress" | "nwKey" | "appSKey"; label: string; length: number; secret: boolean; note?: string };
// The vendor's field names (docs.nnnco.io): nwAddress is the DevAddr, nwKey the network session key.
const OTAA_KEYS: TKeyField[] = [
  { name: "appEui", label: "AppEUI (JoinEUI)", length: 16, secret: false },
  { name: "appKey", label: "AppKey", length: 32, secret: true },
  { name: "nwAddress", label: "Network address (optional)", length: 8, secret: false, note: "only where the device needs a fixed one" },
];
const ABP_KEYS: TKeyField[] = [
  { name: "nwAddress", label: "Network address (DevAddr)", length: 8, secret: false },
  { name: "nwKey", label: "Network key (NwkSKey)", length: 32, secret: true },
  { name: "appSKey", label: "AppSKey (optional)", length: 32, secret: true, note: "without it N2N passes the payload on encrypted" },
];

const hintOf = (key: TKeyField) => [`${key.length} hex characters`, key.secret && "sent to N2N once, never shown again", key.note].filter(Boolean).join("; ");

/** DevEUI, name, enterprise, class, then OTAA's or ABP's keys: each checked (hex, length) before anything is sent. */
export function EnrolForm({ defaultValues, enterprises, busy, error, onSubmit, onCancel }: TProps) {
  const { register, handleSubmit, control, formState } = useForm<TEnrolFormInput, unknown, TEnrolForm>({ resolver: zodResolver(ZEnrolForm), defaultValues });
  const { errors } = formState;
  const mode = useWatch({ control, name: "mode" });
  const invalid = (field: keyof TEnrolFormInput) => (errors[field] ? { "aria-invalid": true, "aria-describedby": `enrol-${field}-error` } : {});
  const hexInput = "font-mono uppercase placeholder:normal-case";

  return (
    <form onSubmit={handleSubmit(onSubmit)} className="space-y-3" noValidate>
      <fieldset className="flex gap-4 text-sm">
        <legend className="mb-1 text-sm font-medium text-zinc-700 dark:text-zinc-300">Activation</legend>
        <label className="flex items-center gap-1.5">
          <input type="radio" value="otaa" {...register("mode")} /> OTAA (join)
        </label>
        <label className="flex items-center gap-1.5">
          <input type="radio" value="abp" {...register("mode")} /> ABP (personalised)
        </label>
      </fieldset>
      <div className="grid grid-cols-2 gap-3">
        <Field id="enrol-deviceId" label="DevEUI" hint="16 hex characters" error={errors.deviceId?.message}>
          <Input id="enrol-deviceId" autoComplete="off" spellCheck={false} autoFocus className={hexInput} {...register("deviceId")} {...invalid("deviceId")} />
        </Field>
        <Field id="enrol-deviceClass" label="Class" hint="Class B cannot be enrolled through N2N's API" error={errors.deviceClass?.message}>
          <Select id="enrol-deviceClass" {...register("deviceClass")} {...invalid("deviceClass")}>
            {N2N_DEVICE_CLASSES.map((c) => (
              <option key={c} value={c}>
                Class {c}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Field id="enrol-name" label="Name" error={errors.name?.message}>
        <Input id="enrol-name" autoComplete="off" {...register("name")} {...invalid("name")} />
      </Field>
      <Field id="enrol-enterpriseId" label="Enterprise" hint="e.g. nnn.reseller1.client2" error={errors.enterpriseId?.message}>
        <Input id="enrol-enterpriseId" autoComplete="off" spellCheck={false} list="enrol-enterprises" className="font-mono" {...register("enterpriseId")} {...invalid("enterpriseId")} />
      </Field>
      <datalist id="enrol-enterprises">
        {enterprises.map((id) => (
          <option key={id} value={id} />
        ))}
      </datalist>
      {(mode === "abp" ? ABP_KEYS : OTAA_KEYS).map((key) => (
        <Field key={key.name} id={`enrol-${key.name}`} label={key.label} hint={hintOf(key)} error={errors[key.name]?.message}>
          <Input
            id={`enrol-${key.name}`}
            type={key.secret ? "password" : "text"}
            autoComplete="off"
            spellCheck={false}
            className={hexInput}
            {...register(key.name)}
            {...invalid(key.name)}
          />
        </Field>
      ))}
      <FormFooter error={error} busy={busy} submitLabel="Enrol device" busyLabel="Enrolling…" onCancel={onCancel} />
    </form>
  );
}
