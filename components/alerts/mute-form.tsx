"use client";

import { useState, type FormEvent } from "react";
import { Field } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { Input, Select } from "@/components/ui/input";
import { ruleWords, type TAlertRule } from "@/lib/alerts/alert-rules";
import { useCreateMute } from "./use-alert-mutes";

const DURATIONS = [
  [1, "1 hour"],
  [4, "4 hours"],
  [24, "1 day"],
  [72, "3 days"],
  [168, "1 week"],
] as const;

/** Mutes the rule of an alert: on its connection or on every one, for a while, with a reason others can read. */
export function MuteForm({ rule, connection, onDone }: { rule: TAlertRule; connection: { id: string; name: string }; onDone: () => void }) {
  const [scope, setScope] = useState<"connection" | "all">("connection");
  const [hours, setHours] = useState(4);
  const create = useCreateMute();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const reason = String(new FormData(event.currentTarget).get("reason") ?? "");
    create.mutate({ rule, connectionId: scope === "connection" ? connection.id : null, hours, reason }, { onSuccess: onDone });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <p className="text-sm">
        No alert of <span className="font-medium">{ruleWords(rule)}</span> is sent while the mute lasts; the history still shows them, marked muted. What enters meanwhile is not sent
        when the mute ends.
      </p>
      <Field id="mute-scope" label="Where">
        <Select id="mute-scope" value={scope} onChange={(e) => setScope(e.target.value as "connection" | "all")}>
          <option value="connection">On {connection.name} only</option>
          <option value="all">On every connection</option>
        </Select>
      </Field>
      <Field id="mute-hours" label="For">
        <Select id="mute-hours" value={hours} onChange={(e) => setHours(Number(e.target.value))}>
          {DURATIONS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="mute-reason" label="Reason (optional)">
        <Input id="mute-reason" name="reason" maxLength={200} placeholder="Planned maintenance" />
      </Field>
      <FormFooter error={create.error?.message} busy={create.isPending} submitLabel="Mute" onCancel={onDone} />
    </form>
  );
}
