"use client";

import { KeyRound } from "lucide-react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { lazyZodResolver } from "@/components/ui/lazy-zod-resolver";
import type { TChangePasswordForm } from "./change-password-schema";
import { useChangePassword } from "./use-account";

const resolver = lazyZodResolver(() => import("./change-password-schema").then((m) => m.ZChangePasswordForm));

/** A new password, after the current one; the other sessions end. */
export function ChangePasswordCard() {
  const change = useChangePassword();
  const { register, handleSubmit, formState, reset, setError } = useForm<TChangePasswordForm>({ resolver });
  const { errors } = formState;
  const submit = handleSubmit(({ currentPassword, newPassword }) =>
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => reset(),
        onError: (error) => setError("currentPassword", { message: error.message }),
      },
    ),
  );
  return (
    <Card className="space-y-3">
      <div className="flex items-center gap-2">
        <KeyRound size={18} aria-hidden className="text-sky-700 dark:text-sky-400" />
        <h2 className="font-semibold">Password</h2>
      </div>
      <form onSubmit={submit} className="grid max-w-md gap-3" noValidate>
        <Field id="current-password" label="Current password" error={errors.currentPassword?.message}>
          <Input id="current-password" type="password" autoComplete="current-password" aria-invalid={Boolean(errors.currentPassword)} {...register("currentPassword")} />
        </Field>
        <Field id="new-password" label="New password" hint="At least 12 characters" error={errors.newPassword?.message}>
          <Input id="new-password" type="password" autoComplete="new-password" aria-invalid={Boolean(errors.newPassword)} {...register("newPassword")} />
        </Field>
        <Field id="confirm-password" label="New password again" error={errors.confirmPassword?.message}>
          <Input id="confirm-password" type="password" autoComplete="new-password" aria-invalid={Boolean(errors.confirmPassword)} {...register("confirmPassword")} />
        </Field>
        <p className="text-xs text-zinc-500 dark:text-zinc-400">Changing it signs you out of every other browser.</p>
        <div>
          <Button type="submit" disabled={change.isPending}>
            {change.isPending ? "Changing…" : "Change password"}
          </Button>
        </div>
      </form>
    </Card>
  );
}
