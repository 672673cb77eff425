import { z } from "zod";

/**
 * Alert channels as the console's form sends them. Secret fields (an email password, a webhook
 * URL) are write-only: empty or absent on an edit means "keep the stored one".
 */
const zName = z.string().trim().min(1, "Give the channel a name").max(80);
const zNoLineBreaks = (label: string) => z.string().trim().max(200).refine((text) => !/[\r\n]/.test(text), `${label} must be on one line`);
const zAddress = z.string().trim().regex(/^[^\s@<>,;]+@[^\s@<>,;]+\.[^\s@<>,;]+$/, "Enter an email address");

/** "Ops <ops@example.com>" or "ops@example.com". */
const zFrom = zNoLineBreaks("The sender").refine((text) => /^(?:[^<>@\r\n]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/.test(text), "Enter an address, optionally as Name <address>");

/** A list typed as "a@x.com, b@y.com" (or sent as an array). */
const zRecipients = z
  .union([z.string(), z.array(z.string())])
  .transform((value) => (Array.isArray(value) ? value : value.split(/[\s,;]+/)).map((address) => address.trim()).filter(Boolean))
  .pipe(z.array(zAddress).min(1, "Add at least one recipient").max(20, "At most 20 recipients"));

const zHost = z
  .string()
  .trim()
  .min(1, "Enter the SMTP server's host name")
  .max(253)
  .regex(/^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|\[?[0-9A-Fa-f:.]+\]?)$/, "Enter a host name or IP address, without scheme or port");

export const EMAIL_TLS_MODES = ["starttls", "tls", "none"] as const;
export const ZEmailTls = z.enum(EMAIL_TLS_MODES);

const zWebhookUrl = z
  .string()
  .trim()
  .max(2000)
  .refine((text) => {
    try {
      const url = new URL(text);
      return (url.protocol === "https:" || url.protocol === "http:") && !url.username && !url.password;
    } catch {
      return false;
    }
  }, "Enter an http(s) URL without user:password");

const emailFields = {
  host: zHost,
  port: z.coerce.number().int().min(1, "Enter a port from 1 to 65535").max(65535, "Enter a port from 1 to 65535"),
  tls: ZEmailTls,
  user: zNoLineBreaks("The user name"),
  /** Write-only. */
  password: z.string().max(500),
  from: zFrom,
  to: zRecipients,
};
/** What a webhook receives: Patchbay's own JSON, a Slack incoming-webhook message, or a Microsoft Teams card. */
export const WEBHOOK_FORMATS = ["generic", "slack", "teams"] as const;
export const ZWebhookFormat = z.enum(WEBHOOK_FORMATS, "Choose generic, Slack or Microsoft Teams");
export type TWebhookFormat = z.infer<typeof ZWebhookFormat>;

const emailChannel = z.object({ name: zName, enabled: z.boolean(), ...emailFields });
const webhookChannel = z.object({ name: zName, enabled: z.boolean(), url: zWebhookUrl, format: ZWebhookFormat });

export const ZEmailChannelInput = emailChannel.extend({
  kind: z.literal("email"),
  enabled: z.boolean().default(true),
  user: emailFields.user.default(""),
  password: emailFields.password.optional(),
});
/** Without a format: generic, as every channel was before formats existed. */
export const ZWebhookChannelInput = webhookChannel.extend({ kind: z.literal("webhook"), enabled: z.boolean().default(true), format: ZWebhookFormat.optional() });
export const ZAlertChannelInput = z.discriminatedUnion("kind", [ZEmailChannelInput, ZWebhookChannelInput]);
export type TAlertChannelInput = z.infer<typeof ZAlertChannelInput>;

/** An edit: every field optional; the kind only says which form it is (a channel keeps its kind). */
export const ZAlertChannelPatch = z.discriminatedUnion("kind", [
  emailChannel.partial().extend({ kind: z.literal("email"), clearPassword: z.boolean().optional() }),
  webhookChannel.partial().extend({ kind: z.literal("webhook"), url: z.union([z.literal(""), zWebhookUrl]).optional() }),
]);
export type TAlertChannelPatch = z.infer<typeof ZAlertChannelPatch>;

export type TDeliveryResult = {
  at: string;
  ok: boolean;
  error: string | null;
  test: boolean;
  /** When the other channels were told this one keeps failing (until it delivers again). */
  othersToldAt: string | null;
};

type TChannelViewBase = { id: string; name: string; enabled: boolean; lastDelivery: TDeliveryResult | null; updatedAt: string };

/** A channel as the API shows it: secrets only say whether they are set, a webhook only its host. */
export type TAlertChannelView =
  | (TChannelViewBase & {
      kind: "email";
      email: { host: string; port: number; tls: z.infer<typeof ZEmailTls>; user: string; from: string; to: string[] };
      secrets: { password: { set: boolean } };
    })
  | (TChannelViewBase & { kind: "webhook"; webhook: { host: string; format: TWebhookFormat }; secrets: { url: { set: boolean } } });

/** What "Send test" answers. */
export type TChannelTestResult = { ok: boolean; message: string; at: string };

/** What the console's form may send (before parsing: a port may still be text). */
export type TAlertChannelForm = z.input<typeof ZAlertChannelInput> | z.input<typeof ZAlertChannelPatch>;
