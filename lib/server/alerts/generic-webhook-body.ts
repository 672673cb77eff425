import "server-only";
import type { TAlertMessage } from "./alert-message";

/**
 * Patchbay's own JSON: `text` (which a Slack-style receiver shows as it is), the subject, and the
 * event's facts as fields — vendor, rule, item, title, detail, severity, link, entered or cleared,
 * and for the Nettica monitor's VPN events the device, VPN and network. `event` is null for a
 * channel test or a notice that another channel keeps failing.
 */
export function genericWebhookBody(message: TAlertMessage) {
  return { text: message.text, subject: message.subject, event: message.event, test: message.event === null };
}
