import type { TWebhookFormat } from "@/lib/alerts/channel-schemas";

/** Each webhook format in the admin's words: a short name for the list, and what the receiver gets. */
export const WEBHOOK_FORMAT_NAMES: Record<TWebhookFormat, string> = { generic: "generic JSON", slack: "Slack", teams: "Microsoft Teams" };

export const WEBHOOK_FORMAT_HINTS: Record<TWebhookFormat, string> = {
  generic: "Patchbay's own JSON: a text field (Slack shows it as it is) and the alert's facts as fields, for your own receiver.",
  slack: "A Slack incoming webhook (https://hooks.slack.com/services/…): a message with a header, the text and a link to the item.",
  teams: "A Microsoft Teams incoming webhook or a Workflows webhook trigger: an Adaptive Card with the facts and a button to the item.",
};
