import "server-only";
import nodemailer from "nodemailer";
import type { TEmailChannelSettings } from "../db/schema";
import type { TAlertMessage } from "./alert-message";

const domainOf = (from: string) => /@([^\s@<>]+)>?\s*$/.exec(from)?.[1] ?? "patchbay.invalid";

/** One message over SMTP; TLS as the admin chose it, with timeouts so a dead server cannot hang a pass. */
export async function sendEmail(settings: TEmailChannelSettings, password: string | null, message: TAlertMessage): Promise<void> {
  const transport = nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.tls === "tls",
    requireTLS: settings.tls === "starttls",
    ignoreTLS: settings.tls === "none",
    auth: settings.user ? { user: settings.user, pass: password ?? "" } : undefined,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  try {
    await transport.sendMail({
      from: settings.from,
      to: settings.to,
      subject: message.subject,
      text: message.text,
      // The same alert always has the same Message-ID, so a resend after a crash can be recognised.
      messageId: `<${message.idempotencyKey}@${domainOf(settings.from)}>`,
      headers: message.event ? { "X-Patchbay-Alert": `${message.event.kind} ${message.event.id}` } : { "X-Patchbay-Alert": "test" },
    });
  } finally {
    transport.close();
  }
}
