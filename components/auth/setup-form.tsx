"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { lazyZodResolver } from "@/components/ui/lazy-zod-resolver";
import { api } from "@/lib/api-client";
import type { TSetupInput } from "@/lib/setup-input";
import { signInWithCredentials } from "./auth-calls";

const resolver = lazyZodResolver(() => import("@/lib/setup-input").then((m) => m.ZSetupInput));

export function SetupForm() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useForm<TSetupInput>({ resolver });

  const onSubmit = handleSubmit(async (input) => {
    setError(null);
    try {
      await api("/api/setup", { method: "POST", body: input });
      await signInWithCredentials({ email: input.email, password: input.password });
      router.replace("/settings/connections");
    } catch (e) {
      setError(e instanceof Error ? e.message : "Setup failed");
    }
  });

  const { errors, isSubmitting } = formState;
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <Field id="name" label="Your name" error={errors.name?.message}>
        <Input id="name" autoComplete="name" {...register("name")} />
      </Field>
      <Field id="email" label="Email" error={errors.email?.message}>
        <Input id="email" type="email" autoComplete="username" aria-invalid={Boolean(errors.email)} {...register("email")} />
      </Field>
      <Field id="password" label="Password" hint="At least 12 characters" error={errors.password?.message}>
        <Input id="password" type="password" autoComplete="new-password" aria-invalid={Boolean(errors.password)} {...register("password")} />
      </Field>
      {error && (
        <p role="alert" className="text-sm text-red-600 dark:text-red-400">
          {error}
        </p>
      )}
      <Button type="submit" className="w-full" disabled={isSubmitting}>
        {isSubmitting ? "Creating…" : "Create admin account"}
      </Button>
    </form>
  );
}
