"use client";

import { FormFooter } from "@/components/ui/form-footer";
import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { ROLES, ZRole } from "@/lib/roles";
import { ZPassword } from "@/lib/setup-input";
import { useCreateUser } from "./use-users";

const ZUserForm = z.object({ email: z.email("Enter an email address"), name: z.string().max(100), role: ZRole, password: ZPassword });
type TUserForm = z.infer<typeof ZUserForm>;

export function UserForm({ onDone }: { onDone: () => void }) {
  const create = useCreateUser();
  const { register, handleSubmit, formState } = useForm<TUserForm>({ resolver: zodResolver(ZUserForm), defaultValues: { role: "viewer", name: "" } });
  const { errors } = formState;
  return (
    <form onSubmit={handleSubmit((input) => create.mutate(input, { onSuccess: onDone }))} className="space-y-3" noValidate>
      <Field id="user-email" label="Email" error={errors.email?.message}>
        <Input id="user-email" type="email" autoComplete="off" {...register("email")} />
      </Field>
      <Field id="user-name" label="Name">
        <Input id="user-name" {...register("name")} />
      </Field>
      <Field id="user-role" label="Role" hint="Viewers read; operators also make vendor changes; admins manage users and connections.">
        <Select id="user-role" {...register("role")}>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {role}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="user-password" label="Initial password" error={errors.password?.message}>
        <Input id="user-password" type="password" autoComplete="new-password" {...register("password")} />
      </Field>
      <FormFooter busy={create.isPending} submitLabel="Add user" busyLabel="Adding…" onCancel={onDone} />
    </form>
  );
}
