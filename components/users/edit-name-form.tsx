"use client";

import { useState } from "react";
import { Field } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { Input } from "@/components/ui/input";
import { useRenameUser, type TUserRow } from "./use-users";

const MAX = 100;

/** The name the console shows for a user (header, lists); the email stays what they sign in with. */
export function EditNameForm({ user, onDone }: { user: TUserRow; onDone: () => void }) {
  const [name, setName] = useState(user.name);
  const rename = useRenameUser();
  const tooLong = name.trim().length > MAX;
  return (
    <form
      className="space-y-3"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (tooLong) return;
        if (name.trim() === user.name) return onDone();
        rename.mutate({ user, name: name.trim() }, { onSuccess: onDone });
      }}
    >
      <Field id="user-display-name" label="Name" hint={`Shown in the console instead of ${user.email}; may be empty.`} error={tooLong ? `Use at most ${MAX} characters` : undefined}>
        <Input id="user-display-name" value={name} autoFocus autoComplete="off" aria-invalid={tooLong} onChange={(event) => setName(event.target.value)} />
      </Field>
      <FormFooter error={rename.error?.message} busy={rename.isPending} submitLabel="Save name" onCancel={onDone} />
    </form>
  );
}
