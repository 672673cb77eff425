import "server-only";
import type { TAlertEventFacts, TAlertMessage } from "./alert-message";

// Slack's documented limits: a header's plain text 150 characters, a section's text 3,000.
const HEADER_MAX = 150;
const SECTION_MAX = 3_000;

/** &, < and > are Slack's control characters in every text object (links, mentions like <!channel>): vendor text must not use them. */
export const slackEscape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
/** Escaped text within Slack's limit, never cut inside an entity. */
const clipEscaped = (text: string, max: number) => {
  const escaped = slackEscape(text);
  return escaped.length <= max ? escaped : `${escaped.slice(0, max - 1).replace(/&[a-z]*$/, "")}…`;
};

function marker(event: TAlertEventFacts | null): string {
  if (!event) return ":information_source:";
  if (event.kind === "up") return ":large_green_circle:";
  return event.severity === "critical" ? ":red_circle:" : ":large_orange_circle:";
}

/**
 * A Slack incoming-webhook message: `text` is what notifications show (and the fallback where
 * blocks are not drawn), `blocks` the message — a header, the text, where it happened, and a link
 * to the item's page when NEXTAUTH_URL gives the console's address.
 */
export function slackWebhookBody(message: TAlertMessage) {
  const { event } = message;
  const blocks: object[] = [
    { type: "header", text: { type: "plain_text", text: clipEscaped(`${marker(event)} ${message.subject}`, HEADER_MAX), emoji: true } },
    { type: "section", text: { type: "mrkdwn", text: clipEscaped(message.body, SECTION_MAX) } },
  ];
  if (event) {
    const at = event.at.replace(/\.\d{3}Z$/, "Z");
    blocks.push({ type: "context", elements: [{ type: "mrkdwn", text: slackEscape(`${event.severity} · ${event.connection} · ${event.transition} ${at}`) }] });
  }
  if (event?.url) blocks.push({ type: "section", text: { type: "mrkdwn", text: `<${slackEscape(event.url)}|Open in Patchbay>` } });
  return { text: slackEscape(message.subject), blocks };
}
