import type { UseFormRegisterReturn } from "react-hook-form";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { TIpamResource } from "@/lib/vendors/provision/schemas";

/** A resource id, with the resources already seen on blocks offered as suggestions. */
export function ResourceField({ id, resources, error, registration }: { id: string; resources: TIpamResource[]; error?: string; registration: UseFormRegisterReturn }) {
  const known = resources.slice(0, 6).map((r) => `${r.id} ${r.name ?? ""}`.trim());
  return (
    <Field id={id} label="Resource id" error={error} hint={known.length ? `Known: ${known.join(" · ")}` : "The ProVision resource to assign to"}>
      <Input id={id} inputMode="numeric" list={`${id}-list`} autoComplete="off" aria-invalid={error ? true : undefined} {...registration} />
      <datalist id={`${id}-list`}>
        {resources.map((resource) => (
          <option key={resource.id} value={resource.id}>
            {resource.name ?? `Resource ${resource.id}`}
          </option>
        ))}
      </datalist>
    </Field>
  );
}
