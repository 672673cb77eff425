import "server-only";
import type { TWebhookFormat } from "../db/schema";
import type { TAlertMessage } from "./alert-message";
import { webhookBody } from "./webhook-body";

export const WEBHOOK_TIMEOUT_MS = 10_000;

/**
 * A JSON POST in the channel's format (webhookBody). Redirects are not followed: a webhook that
 * moves is a misconfiguration, and following it could leak the body.
 */
export async function sendWebhook(url: string, message: TAlertMessage, timeoutMs = WEBHOOK_TIMEOUT_MS, format: TWebhookFormat = "generic"): Promise<void> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", "user-agent": "Patchbay-Alerts/1", "idempotency-key": message.idempotencyKey },
    body: JSON.stringify(webhookBody(message, format)),
    redirect: "manual",
    signal: AbortSignal.timeout(timeoutMs),
  });
  const body = await response.text().catch(() => "");
  if (response.status >= 300 && response.status < 400) throw new Error(`The webhook answered ${response.status} (a redirect); use the final URL`);
  if (!response.ok) throw new Error(`The webhook answered ${response.status}${body ? `: ${body.slice(0, 200)}` : ""}`);
}
