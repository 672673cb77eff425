import "server-only";
import type { TWebhookFormat } from "../db/schema";
import type { TAlertMessage } from "./alert-message";
import { genericWebhookBody } from "./generic-webhook-body";
import { slackWebhookBody } from "./slack-webhook-body";
import { teamsWebhookBody } from "./teams-webhook-body";

/** The JSON a webhook channel posts, in its format; a format added to the type does not compile until it has its body. */
export function webhookBody(message: TAlertMessage, format: TWebhookFormat): object {
  switch (format) {
    case "generic":
      return genericWebhookBody(message);
    case "slack":
      return slackWebhookBody(message);
    case "teams":
      return teamsWebhookBody(message);
  }
}
