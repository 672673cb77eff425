"use client";

import { useMemo } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { ErrorState } from "@/components/ui/empty-state";
import { Field } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { formatMoment } from "@/components/ui/format-time";
import { Input } from "@/components/ui/input";
import { lazyZodResolver } from "@/components/ui/lazy-zod-resolver";
import { ApiError } from "@/lib/api-client";
import { THRESHOLD_FIELDS, type TThresholdField, type TThresholdsView } from "@/lib/attention/threshold-fields";
import type { TConnectionView } from "@/lib/vendors/connection";
import { useSaveThresholds, useThresholds } from "./use-thresholds";

type TValues = Record<string, number>;

const withUnit = (field: TThresholdField, value: number) => (field.unit === "/" ? `/${value}` : `${value} ${field.unit}`);

/** The connection's alert thresholds: each rule's number with its unit and default; saved whole, checked as the server checks. */
export function ThresholdsForm({ connection, onDone }: { connection: TConnectionView; onDone: () => void }) {
  const { data, error, isPending, refetch } = useThresholds(connection.id);
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (isPending) return <p className="text-sm text-zinc-500 dark:text-zinc-400">Loading…</p>;
  return <LoadedForm connection={connection} view={data} onDone={onDone} />;
}

function LoadedForm({ connection, view, onDone }: { connection: TConnectionView; view: TThresholdsView; onDone: () => void }) {
  const fields: readonly TThresholdField[] = THRESHOLD_FIELDS[connection.vendor];
  // The form holds every key of the vendor (the schema's output type is each vendor's own).
  const resolver = useMemo(
    () => lazyZodResolver(() => import("@/lib/attention/threshold-schemas").then((m) => m.ZThresholdsInput[connection.vendor] as unknown as z.ZodType<TValues, TValues>)),
    [connection.vendor],
  );
  const { register, handleSubmit, formState, setValue, setError } = useForm<TValues, unknown, TValues>({ resolver, defaultValues: view.thresholds });
  const save = useSaveThresholds(connection.id, connection.name);
  const { errors } = formState;

  const submit = handleSubmit((values) =>
    save.mutate(values, {
      onSuccess: onDone,
      onError: (failure) => {
        for (const [key, messages] of Object.entries(failure instanceof ApiError ? (failure.fieldErrors ?? {}) : {})) setError(key, { message: messages[0] });
      },
    }),
  );
  const resetToDefaults = () => {
    for (const field of fields) setValue(field.key, field.default, { shouldDirty: true, shouldValidate: formState.isSubmitted });
  };

  return (
    <form onSubmit={submit} className="space-y-3" noValidate>
      {fields.map((field) => {
        const id = `threshold-${field.key}`;
        const hint = [`Default: ${withUnit(field, field.default)}.`, field.hint].filter(Boolean).join(" ");
        return (
          <Field key={field.key} id={id} label={field.label} hint={hint} error={errors[field.key]?.message}>
            <div className="flex items-center gap-2">
              {field.unit === "/" && <span className="text-sm text-zinc-500 dark:text-zinc-400">/</span>}
              <Input
                id={id}
                type="number"
                inputMode="numeric"
                min={field.min}
                max={field.max}
                step={1}
                className="w-32"
                aria-invalid={Boolean(errors[field.key])}
                aria-describedby={errors[field.key] ? `${id}-error` : undefined}
                {...register(field.key, { valueAsNumber: true })}
              />
              {field.unit !== "/" && <span className="text-sm text-zinc-500 dark:text-zinc-400">{field.unit}</span>}
            </div>
          </Field>
        );
      })}
      <p className="text-xs text-zinc-500 dark:text-zinc-400">
        {view.updatedBy && view.updatedAt ? `Last changed by ${view.updatedBy}, ${formatMoment(view.updatedAt)}. ` : "Every value is the default. "}
        The next check of this connection judges by what you save.
      </p>
      <Button type="button" variant="ghost" size="sm" onClick={resetToDefaults}>
        Reset to defaults
      </Button>
      <FormFooter error={save.error && !(save.error instanceof ApiError && save.error.fieldErrors) ? save.error.message : undefined} busy={save.isPending} submitLabel="Save thresholds" onCancel={onDone} />
    </form>
  );
}
