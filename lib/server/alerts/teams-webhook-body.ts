import "server-only";
import { VENDOR_INFO } from "@/lib/vendors/vendor-info";
import type { TAlertEventFacts, TAlertMessage } from "./alert-message";

// Version 1.2: the one Microsoft's incoming-webhook example uses; nothing newer is needed here.
const CARD_VERSION = "1.2";

function tone(event: TAlertEventFacts | null): "Attention" | "Warning" | "Good" | "Default" {
  if (!event) return "Default";
  if (event.kind === "up") return "Good";
  return event.severity === "critical" ? "Attention" : "Warning";
}

/**
 * A Microsoft Teams message with one Adaptive Card, as Teams incoming webhooks and Workflows
 * ("when a Teams webhook request is received", which takes Adaptive Cards only) accept it:
 * `type: "message"`, one attachment of content type application/vnd.microsoft.card.adaptive.
 * The card: the subject, the text, the facts, and a button to the item's page (Action.OpenUrl,
 * one of the actions webhooks support) when NEXTAUTH_URL gives the console's address.
 */
export function teamsWebhookBody(message: TAlertMessage) {
  const { event } = message;
  const body: object[] = [
    { type: "TextBlock", text: message.subject, weight: "Bolder", size: "Medium", color: tone(event), wrap: true },
    { type: "TextBlock", text: message.body, wrap: true },
  ];
  if (event) {
    const facts = [
      { title: "Vendor", value: VENDOR_INFO[event.vendor].label },
      { title: "Connection", value: event.connection },
      { title: "Severity", value: event.severity },
      { title: event.transition === "entered" ? "Entered" : "Cleared", value: event.at.replace(/\.\d{3}Z$/, "Z") },
    ];
    body.push({ type: "FactSet", facts });
  }
  const card = {
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    type: "AdaptiveCard",
    version: CARD_VERSION,
    body,
    ...(event?.url ? { actions: [{ type: "Action.OpenUrl", title: "Open in Patchbay", url: event.url }] } : {}),
  };
  return { type: "message", attachments: [{ contentType: "application/vnd.microsoft.card.adaptive", contentUrl: null, content: card }] };
}
