"use client";

import { FormFooter } from "@/components/ui/form-footer";
import { useState, type FormEvent } from "react";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { ApiError } from "@/lib/api-client";
import type { TConnectionView } from "@/lib/vendors/connection";
import { VENDORS, VENDOR_INFO, type TVendor } from "@/lib/vendors/registry";
import { SecretInput } from "./secret-input";
import { useSaveConnection } from "./use-connections";

/** Adds a connection, or edits one: secret fields are write-only and offer "Replace". */
export function ConnectionForm({ connection, onDone }: { connection?: TConnectionView; onDone: () => void }) {
  const [vendor, setVendor] = useState<TVendor>(connection?.vendor ?? "nettica");
  const [clearSecrets, setClearSecrets] = useState<string[]>([]);
  const save = useSaveConnection();
  const info = VENDOR_INFO[vendor];
  const fieldErrors = save.error instanceof ApiError ? save.error.fieldErrors : undefined;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const values = Object.fromEntries(info.fields.map((f) => [f.key, String(form.get(f.key) ?? "")]));
    const common = { name: String(form.get("name") ?? ""), baseUrl: String(form.get("baseUrl") ?? ""), values, clearSecrets };
    save.mutate({ id: connection?.id, input: connection ? common : { ...common, vendor } }, { onSuccess: onDone });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <Field id="vendor" label="Vendor">
        <Select id="vendor" value={vendor} disabled={Boolean(connection)} onChange={(e) => setVendor(e.target.value as TVendor)}>
          {VENDORS.map((v) => (
            <option key={v} value={v}>
              {VENDOR_INFO[v].label} — {VENDOR_INFO[v].area}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="name" label="Name" error={fieldErrors?.name?.[0]}>
        <Input id="name" name="name" defaultValue={connection?.name} required maxLength={80} />
      </Field>
      <Field id="baseUrl" label={info.baseUrlLabel} hint={info.defaultBaseUrl ? `Default: ${info.defaultBaseUrl}` : undefined} error={fieldErrors?.baseUrl?.[0]}>
        <Input id="baseUrl" name="baseUrl" type="url" defaultValue={connection?.baseUrl} placeholder={info.defaultBaseUrl ?? "https://ipam.example.com/ex/api/v1/api.php"} />
      </Field>
      {info.fields.map((field) => (
        <Field key={`${vendor}-${field.key}`} id={field.key} label={field.label + (field.optional ? " (optional)" : "")} hint={field.hint} error={fieldErrors?.[field.key]?.[0]}>
          {field.secret ? (
            <SecretInput
              id={field.key}
              isSet={Boolean(connection?.secrets[field.key]?.set) && !clearSecrets.includes(field.key)}
              canClear={Boolean(field.optional)}
              onClear={() => setClearSecrets((keys) => [...keys, field.key])}
            />
          ) : (
            <Input id={field.key} name={field.key} type={field.kind === "number" ? "number" : field.kind} defaultValue={connection?.settings[field.key]} />
          )}
        </Field>
      ))}
      <FormFooter error={save.error?.message} busy={save.isPending} submitLabel={connection ? "Save" : "Add connection"} onCancel={onDone} />
    </form>
  );
}
