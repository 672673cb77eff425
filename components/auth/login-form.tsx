"use client";

import { useRouter, useSearchParams } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { OtpInput } from "@/components/ui/otp-input";
import { signInWithCredentials } from "./auth-calls";

/** What the server throws when the password is right and the account wants a second factor. */
const CODE_REQUIRED = "code_required";

/** Only same-site paths are followed after sign-in. */
function safeCallback(raw: string | null): string {
  return raw && raw.startsWith("/") && !raw.startsWith("//") && !raw.includes("\\") ? raw : "/";
}

type TStep = { kind: "password" } | { kind: "code"; email: string; password: string; useRecoveryCode: boolean };

/** Email and password; then, for an account with MFA, a code from the app or a recovery code. */
export function LoginForm() {
  const router = useRouter();
  const params = useSearchParams();
  const [step, setStep] = useState<TStep>({ kind: "password" });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [code, setCode] = useState("");

  async function submit(credentials: Record<string, string>): Promise<string | null> {
    setBusy(true);
    setError(null);
    const result = await signInWithCredentials(credentials);
    setBusy(false);
    if (result && !result.error) {
      router.replace(safeCallback(params.get("callbackUrl")));
      router.refresh();
      return null;
    }
    return result?.error ?? "failed";
  }

  async function onPassword(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "");
    const password = String(form.get("password") ?? "");
    const failure = await submit({ email, password });
    if (failure === CODE_REQUIRED) setStep({ kind: "code", email, password, useRecoveryCode: false });
    else if (failure) setError("Invalid credentials");
  }

  async function onCode(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (step.kind !== "code" || busy) return;
    const input = event.currentTarget.elements.namedItem("second-factor") as HTMLInputElement;
    const factor = step.useRecoveryCode ? "recoveryCode" : "code";
    const failure = await submit({ email: step.email, password: step.password, [factor]: input.value });
    if (failure) {
      // Every refusal reads the same; the audit trail tells an admin which one it was.
      setError("Invalid credentials");
      setCode("");
      input.value = "";
      input.focus();
    }
  }

  if (step.kind === "code") {
    const label = step.useRecoveryCode ? "Recovery code" : "Authentication code";
    return (
      <form onSubmit={onCode} className="space-y-4" noValidate key={label}>
        <p className="text-sm text-zinc-600 dark:text-zinc-300">
          {step.useRecoveryCode ? "Enter one of the recovery codes you saved when you set up two-factor authentication." : "Enter the 6-digit code from your authenticator app."}
        </p>
        <Field id="second-factor" label={label}>
          {step.useRecoveryCode ? (
            <Input id="second-factor" name="second-factor" autoComplete="off" maxLength={40} placeholder="xxxxx-xxxxx" className="font-mono tracking-widest" required autoFocus />
          ) : (
            <OtpInput id="second-factor" name="second-factor" value={code} onValueChange={setCode} autoSubmit required autoFocus className="w-full" />
          )}
        </Field>
        {error && (
          <p role="alert" className="text-sm text-red-600 dark:text-red-400">
            {error}
          </p>
        )}
        <Button type="submit" className="w-full" disabled={busy}>
          {busy ? "Checking…" : "Verify"}
        </Button>
        <div className="flex justify-between text-sm">
          <button type="button" className="text-sky-700 hover:underline dark:text-sky-400" onClick={() => { setError(null); setCode(""); setStep({ ...step, useRecoveryCode: !step.useRecoveryCode }); }}>
            {step.useRecoveryCode ? "Use a code from the app" : "Use a recovery code"}
          </button>
          <button type="button" className="text-zinc-600 hover:underline dark:text-zinc-400" onClick={() => { setError(null); setCode(""); setStep({ kind: "password" }); }}>
            Start over
          </button>
        </div>
      </form>
    );
  }

  return (
    <form onSubmit={onPassword} className="space-y-4" noValidate>
      <Field id="email" label="Email">
        <Input id="email" name="email" type="email" autoComplete="username" required autoFocus />
      </Field>
      <Field id="password" label="Password">
        <Input id="password" name="password" type="password" autoComplete="current-password" required />
      </Field>
      {error && (
        <p role="alert" className="text-sm text-red-600 dark:text-red-400">
          {error}
        </p>
      )}
      <Button type="submit" className="w-full" disabled={busy}>
        {busy ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
