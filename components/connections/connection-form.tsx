"use client";

import { FormFooter } from "@/components/ui/form-footer";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { ApiError } from "@/lib/api-client";
import type { TConnectionView } from "@/lib/vendors/connection";
import { VENDORS, VENDOR_INFO, type TVendor } from "@/lib/vendors/vendor-info";
import { SecretInput } from "./secret-input";
import { useSaveConnection } from "./use-connections";

/** Adds a connection, or edits one: secret fields are write-only and offer "Replace". */
export function ConnectionForm({ connection, onDone }: { connection?: TConnectionView; onDone: () => void }) {
  const [vendor, setVendor] = useState<TVendor>(connection?.vendor ?? "nettica");
  const [clearSecrets, setClearSecrets] = useState<string[]>([]);
  const save = useSaveConnection();
  const info = VENDOR_INFO[vendor];
  const fieldErrors = save.error instanceof ApiError ? save.error.fieldErrors : undefined;
  // The base URL moved to another host: the stored secrets go there only if the admin says so.
  const [submitted, setSubmitted] = useState<{ name: string; baseUrl: string; values: Record<string, string>; clearSecrets: string[] } | null>(null);
  const newHost = save.error instanceof ApiError && save.error.code === "secrets_for_new_host" && connection && submitted ? save.error.message : null;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const values = Object.fromEntries(info.fields.map((f) => [f.key, String(form.get(f.key) ?? "")]));
    const common = { name: String(form.get("name") ?? ""), baseUrl: String(form.get("baseUrl") ?? ""), values, clearSecrets };
    setSubmitted(common);
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
      {newHost && (
        <div role="alert" className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-200">
          <p>{newHost}</p>
          <Button type="button" variant="secondary" disabled={save.isPending} onClick={() => save.mutate({ id: connection!.id, input: { ...submitted!, keepSecretsForNewHost: true } }, { onSuccess: onDone })}>
            They belong to the new host: save
          </Button>
        </div>
      )}
      <FormFooter error={newHost ? undefined : save.error?.message} busy={save.isPending} submitLabel={connection ? "Save" : "Add connection"} onCancel={onDone} />
    </form>
  );
}
