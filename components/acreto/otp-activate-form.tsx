"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

type TProps = { username: string; busy: boolean; refusal: string | null; onActivate: (code: string) => void };

/** The first code from the authenticator app: Acreto turns MFA on only once it has seen one. */
export function OtpActivateForm({ username, busy, refusal, onActivate }: TProps) {
  const [code, setCode] = useState("");
  const valid = /^\d{6}$/.test(code);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (valid && !busy) onActivate(code);
  };
  return (
    <form onSubmit={submit} className="space-y-2" noValidate>
      <div className="flex flex-wrap items-end gap-3">
        <Field id="mfa-code" label={`Code shown in the app for ${username}`}>
          <Input
            id="mfa-code"
            value={code}
            onChange={(event) => setCode(event.target.value.replace(/\D/g, "").slice(0, 6))}
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9]{6}"
            maxLength={6}
            placeholder="123456"
            aria-invalid={refusal ? true : undefined}
            aria-describedby={refusal ? "mfa-code-error" : undefined}
            className="w-40 text-center font-mono text-lg tracking-[0.3em]"
          />
        </Field>
        <Button type="submit" disabled={!valid || busy}>
          {busy ? "Activating…" : "Activate"}
        </Button>
      </div>
      {refusal && (
        <p id="mfa-code-error" role="alert" className="text-sm text-red-700 dark:text-red-400">
          {refusal}
        </p>
      )}
    </form>
  );
}
