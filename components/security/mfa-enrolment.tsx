"use client";

import { QRCodeSVG } from "qrcode.react";
import { useState, type FormEvent } from "react";
import { CopyButton } from "@/components/ui/copy-button";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { isWholeOtp } from "@/components/ui/otp-digits";
import { OtpInput } from "@/components/ui/otp-input";
import type { TMfaEnrolmentView } from "@/lib/account/schemas";
import { useActivateMfa } from "./use-account";

type TProps = { enrolment: TMfaEnrolmentView; onActivated: (codes: string[]) => void; onCancel: () => void };

/** Scan (or type) the secret, then prove it with one code: only then is MFA on. */
export function MfaEnrolment({ enrolment, onActivated, onCancel }: TProps) {
  const activate = useActivateMfa();
  const [code, setCode] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!isWholeOtp(code) || activate.isPending) return;
    activate.mutate(code, {
      onSuccess: (result) => onActivated(result.recoveryCodes),
      onError: () => setCode(""),
    });
  };
  return (
    <div className="space-y-4">
      <ol className="list-decimal space-y-1 pl-5 text-sm text-zinc-700 dark:text-zinc-300">
        <li>Open an authenticator app (1Password, Google Authenticator, Authy, FreeOTP…).</li>
        <li>Scan the QR code, or type the secret by hand.</li>
        <li>Enter the 6-digit code the app shows.</li>
      </ol>
      <div className="flex flex-wrap items-start gap-6">
        {/* White behind the code in dark mode too: scanners need the light quiet zone. */}
        <div className="inline-block rounded-md bg-white p-2 ring-1 ring-zinc-200 dark:ring-zinc-700">
          <QRCodeSVG value={enrolment.otpauthUrl} size={200} level="M" marginSize={2} bgColor="#ffffff" fgColor="#000000" role="img" aria-label="QR code for your authenticator app" data-testid="mfa-qr" />
        </div>
        <div className="min-w-0 flex-1 space-y-1">
          <p className="text-sm font-medium text-zinc-700 dark:text-zinc-300">Secret, for typing in by hand</p>
          <div className="flex flex-wrap items-center gap-2">
            <code className="rounded bg-zinc-100 px-2 py-1 font-mono text-sm tracking-wider break-all dark:bg-zinc-800" data-testid="mfa-secret">
              {enrolment.secret}
            </code>
            <CopyButton text={enrolment.secret} label="secret" />
          </div>
          <p className="text-xs text-zinc-500 dark:text-zinc-400">Time-based (TOTP), SHA-1, 6 digits, every 30 seconds; issuer Patchbay.</p>
        </div>
      </div>
      <form onSubmit={submit} className="space-y-2" noValidate>
        <div className="flex flex-wrap items-end gap-3">
          <Field id="mfa-activation-code" label="Code from the app">
            <OtpInput
              id="mfa-activation-code"
              value={code}
              onValueChange={setCode}
              autoSubmit
              aria-invalid={activate.isError || undefined}
              aria-describedby={activate.isError ? "mfa-activation-error" : undefined}
            />
          </Field>
          <Button type="submit" disabled={!isWholeOtp(code) || activate.isPending}>
            {activate.isPending ? "Checking…" : "Turn on"}
          </Button>
          <Button variant="ghost" onClick={onCancel}>
            Cancel
          </Button>
        </div>
        {activate.isError && (
          <p id="mfa-activation-error" role="alert" className="text-sm text-red-700 dark:text-red-400">
            {activate.error.message}
          </p>
        )}
      </form>
    </div>
  );
}
