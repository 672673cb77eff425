"use client";

import { FormFooter } from "@/components/ui/form-footer";
import { useState, type FormEvent } from "react";
import { SecretInput } from "@/components/connections/secret-input";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import type { TAlertChannelForm, TAlertChannelView, TWebhookFormat } from "@/lib/alerts/channel-schemas";
import { ApiError } from "@/lib/api-client";
import { useSaveAlertChannel } from "./use-alert-channels";
import { WEBHOOK_FORMAT_HINTS, WEBHOOK_FORMAT_NAMES } from "./webhook-format-names";

type TKind = TAlertChannelView["kind"];
const TLS_LABELS = { starttls: "STARTTLS (usually port 587)", tls: "TLS from the start (usually port 465)", none: "None — password and mail in clear text" } as const;
const DEFAULT_PORT = { starttls: "587", tls: "465", none: "25" } as const;
const FORMAT_LABELS: Record<TWebhookFormat, string> = { generic: "Generic JSON", slack: "Slack (incoming webhook)", teams: "Microsoft Teams (Adaptive Card)" };
const FORMATS = Object.keys(WEBHOOK_FORMAT_NAMES) as TWebhookFormat[];

/** Adds a channel or edits one; the SMTP password and the webhook URL are write-only. */
export function ChannelForm({ channel, onDone }: { channel?: TAlertChannelView; onDone: () => void }) {
  const [kind, setKind] = useState<TKind>(channel?.kind ?? "email");
  const [tls, setTls] = useState<keyof typeof TLS_LABELS>(channel?.kind === "email" ? channel.email.tls : "starttls");
  const [format, setFormat] = useState<TWebhookFormat>(channel?.kind === "webhook" ? channel.webhook.format : "generic");
  const [clearPassword, setClearPassword] = useState(false);
  const save = useSaveAlertChannel();
  const fieldErrors = save.error instanceof ApiError ? save.error.fieldErrors : undefined;
  const email = channel?.kind === "email" ? channel.email : undefined;
  const error = (key: string) => fieldErrors?.[key]?.[0];

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (key: string) => String(form.get(key) ?? "");
    const common = { name: text("name"), enabled: form.get("enabled") === "on" };
    const input: TAlertChannelForm =
      kind === "email"
        ? { kind, ...common, host: text("host"), port: text("port"), tls, user: text("user"), password: text("password"), from: text("from"), to: text("to"), ...(channel ? { clearPassword } : {}) }
        : { kind, ...common, url: text("url"), format };
    save.mutate({ id: channel?.id, input }, { onSuccess: onDone });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <div className="grid gap-3 sm:grid-cols-[1fr_10rem]">
        <Field id="name" label="Name" error={error("name")}>
          <Input id="name" name="name" defaultValue={channel?.name} placeholder={kind === "email" ? "NOC mailbox" : "Slack #noc"} required maxLength={80} />
        </Field>
        <Field id="kind" label="Kind">
          <Select id="kind" value={kind} disabled={Boolean(channel)} onChange={(e) => setKind(e.target.value as TKind)}>
            <option value="email">Email (SMTP)</option>
            <option value="webhook">Webhook</option>
          </Select>
        </Field>
      </div>
      {kind === "email" ? (
        <>
          <div className="grid gap-3 sm:grid-cols-[1fr_7rem]">
            <Field id="host" label="SMTP server" error={error("host")}>
              <Input id="host" name="host" defaultValue={email?.host} placeholder="smtp.example.com" autoComplete="off" />
            </Field>
            <Field id="port" label="Port" error={error("port")}>
              <Input key={tls} id="port" name="port" type="number" min={1} max={65535} defaultValue={email && email.tls === tls ? email.port : DEFAULT_PORT[tls]} />
            </Field>
          </div>
          <Field id="tls" label="Encryption" error={error("tls")}>
            <Select id="tls" value={tls} onChange={(e) => setTls(e.target.value as keyof typeof TLS_LABELS)}>
              {Object.entries(TLS_LABELS).map(([mode, label]) => (
                <option key={mode} value={mode}>
                  {label}
                </option>
              ))}
            </Select>
          </Field>
          <Field id="user" label="User (optional)" hint="Leave empty for a server that takes mail without signing in" error={error("user")}>
            <Input id="user" name="user" defaultValue={email?.user} autoComplete="off" />
          </Field>
          <Field id="password" label="Password" error={error("password")}>
            <SecretInput
              id="password"
              isSet={channel?.kind === "email" && channel.secrets.password.set && !clearPassword}
              canClear
              onClear={() => setClearPassword(true)}
            />
          </Field>
          <Field id="from" label="From" hint="An address, optionally as Name <address>" error={error("from")}>
            <Input id="from" name="from" defaultValue={email?.from} placeholder="Patchbay <alerts@example.com>" />
          </Field>
          <Field id="to" label="To" hint="One or more addresses, separated by commas" error={error("to")}>
            <Input id="to" name="to" defaultValue={email?.to.join(", ")} placeholder="noc@example.com, oncall@example.com" />
          </Field>
        </>
      ) : (
        <>
          <Field id="format" label="Format" hint={WEBHOOK_FORMAT_HINTS[format]} error={error("format")}>
            <Select id="format" value={format} onChange={(e) => setFormat(e.target.value as TWebhookFormat)}>
              {FORMATS.map((value) => (
                <option key={value} value={value}>
                  {FORMAT_LABELS[value]}
                </option>
              ))}
            </Select>
          </Field>
          <Field
            id="url"
            label="Webhook URL"
            hint={channel?.kind === "webhook" ? `Stored for ${channel.webhook.host}. The URL is a credential: it is never shown again.` : "The URL is a credential: it is stored encrypted and never shown again."}
            error={error("url")}
          >
            {channel?.kind === "webhook" ? (
              <SecretInput id="url" isSet={channel.secrets.url.set} canClear={false} onClear={() => undefined} />
            ) : (
              <Input id="url" name="url" type="url" placeholder={format === "teams" ? "https://….webhook.office.com/…" : "https://hooks.slack.com/services/…"} autoComplete="off" spellCheck={false} />
            )}
          </Field>
        </>
      )}
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="enabled" defaultChecked={channel?.enabled ?? true} className="size-4 accent-sky-600" />
        Send alerts through this channel
      </label>
      <FormFooter error={save.error?.message} busy={save.isPending} submitLabel={channel ? "Save" : "Add channel"} onCancel={onDone} />
    </form>
  );
}
