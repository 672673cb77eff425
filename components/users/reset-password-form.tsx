"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { Field } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { Input } from "@/components/ui/input";
import { ZPassword } from "@/lib/setup-input";
import { generatePassword } from "./generate-password";
import { useResetPassword, type TUserRow } from "./use-users";

/**
 * An admin sets another user's password: generated here (shown until the dialog closes, with Copy)
 * or typed. Once set, every session of the user has ended; the password is not kept anywhere to show again.
 */
export function ResetPasswordForm({ user, onDone }: { user: TUserRow; onDone: () => void }) {
  const [password, setPassword] = useState(generatePassword);
  const [touched, setTouched] = useState(false);
  const reset = useResetPassword();
  const problem = ZPassword.safeParse(password).error?.issues[0]?.message;

  if (reset.isSuccess) {
    return (
      <div className="space-y-3 text-sm">
        <p role="status">
          {user.email}&apos;s password is set and every session of theirs has ended. Give them the password below through a channel you trust; they can choose their own at
          Settings → Security. It is not shown again once you close this.
        </p>
        <div className="flex items-center gap-2">
          <code className="rounded-md bg-zinc-100 px-2 py-1 font-mono dark:bg-zinc-800" data-testid="new-password">
            {password}
          </code>
          <CopyButton text={password} label="the new password" />
        </div>
        <div className="flex justify-end pt-2">
          <Button onClick={onDone}>Done</Button>
        </div>
      </div>
    );
  }

  return (
    <form
      className="space-y-3"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setTouched(true);
        if (!problem) reset.mutate({ user, password });
      }}
    >
      <p className="text-sm text-zinc-600 dark:text-zinc-300">
        Every session of {user.email} ends at once, and wrong-password locks on the account are lifted. Use this when they have lost their password; to change your own, use
        Settings → Security.
      </p>
      <Field id="reset-password" label="New password" hint="Generated for you; you may type another (at least 12 characters)." error={touched ? problem : undefined}>
        <div className="flex gap-2">
          <Input
            id="reset-password"
            className="font-mono"
            autoComplete="new-password"
            spellCheck={false}
            value={password}
            aria-invalid={touched && Boolean(problem)}
            onChange={(event) => setPassword(event.target.value)}
          />
          <Button variant="secondary" onClick={() => setPassword(generatePassword())}>
            Generate
          </Button>
          <CopyButton text={password} label="the new password" />
        </div>
      </Field>
      <FormFooter error={reset.error?.message} busy={reset.isPending} submitLabel="Set password" busyLabel="Setting…" onCancel={onDone} />
    </form>
  );
}
