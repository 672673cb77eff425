"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { isWholeOtp } from "@/components/ui/otp-digits";
import { OtpInput } from "@/components/ui/otp-input";

type TProps = { username: string; busy: boolean; refusal: string | null; onActivate: (code: string) => void };

/** The first code from the authenticator app: Acreto turns MFA on only once it has seen one. */
export function OtpActivateForm({ username, busy, refusal, onActivate }: TProps) {
  const [code, setCode] = useState("");
  const valid = isWholeOtp(code);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (valid && !busy) onActivate(code);
  };
  return (
    <form onSubmit={submit} className="space-y-2" noValidate>
      <div className="flex flex-wrap items-end gap-3">
        <Field id="mfa-code" label={`Code shown in the app for ${username}`}>
          <OtpInput
            id="mfa-code"
            value={code}
            onValueChange={setCode}
            autoSubmit
            aria-invalid={refusal ? true : undefined}
            aria-describedby={refusal ? "mfa-code-error" : undefined}
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
