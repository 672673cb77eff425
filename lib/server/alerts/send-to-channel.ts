import "server-only";
import { scrubSecrets } from "../redact";
import type { TAlertMessage } from "./alert-message";
import type { TChannelTarget } from "./channel-target";
import { sendEmail } from "./send-email";
import { sendWebhook } from "./send-webhook";

export type TSendOutcome = { ok: true } | { ok: false; error: string };

/** Why a send failed, in words an admin can act on, with the channel's secrets masked. */
function failureText(error: unknown, target: TChannelTarget): string {
  const plain = error instanceof Error ? error : new Error(String(error));
  const code = (plain as { code?: string }).code;
  let text = plain.name === "TimeoutError" || plain.name === "AbortError" ? "No answer in time (timed out)" : plain.message;
  const cause = (plain as { cause?: { code?: string; message?: string } }).cause;
  if (text === "fetch failed" && cause?.message) text = `Could not connect: ${cause.message}`;
  if (code === "EAUTH") text = `The SMTP server refused the user name or password (${plain.message})`;
  const secrets = target.kind === "email" ? [target.password ?? ""] : [target.url, new URL(target.url).pathname, new URL(target.url).search];
  return scrubSecrets(text, secrets.filter((secret) => secret.length >= 6)).slice(0, 500);
}

/** Sends one message to one channel; never throws. */
export async function sendToChannel(target: TChannelTarget, message: TAlertMessage): Promise<TSendOutcome> {
  try {
    if (target.kind === "email") await sendEmail(target.settings, target.password, message);
    else await sendWebhook(target.url, message, undefined, target.format);
    return { ok: true };
  } catch (error) {
    return { ok: false, error: failureText(error, target) };
  }
}
