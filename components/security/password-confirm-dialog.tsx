"use client";

import { useState, type FormEvent } from "react";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { Input } from "@/components/ui/input";

type TProps = {
  open: boolean;
  title: string;
  description: string;
  submitLabel: string;
  busy: boolean;
  error: string | null;
  onConfirm: (password: string) => void;
  onCancel: () => void;
};

/** Asks for the current password again before a sensitive change. */
export function PasswordConfirmDialog({ open, title, description, submitLabel, busy, error, onConfirm, onCancel }: TProps) {
  const [password, setPassword] = useState("");
  const close = () => {
    setPassword("");
    onCancel();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (password) onConfirm(password);
  };
  return (
    <Dialog open={open} onClose={close} title={title}>
      <form onSubmit={submit} className="space-y-3" noValidate>
        <p className="text-sm text-zinc-600 dark:text-zinc-300">{description}</p>
        <Field id="confirm-current-password" label="Current password">
          <Input id="confirm-current-password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} autoFocus />
        </Field>
        <FormFooter error={error} busy={busy || !password} submitLabel={submitLabel} busyLabel={busy ? "Checking…" : submitLabel} onCancel={close} />
      </form>
    </Dialog>
  );
}
