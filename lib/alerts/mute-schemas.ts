import { z } from "zod";
import { ALERT_RULES, type TAlertRule } from "./alert-rules";

/** A mute lasts at most 30 days: one that should last longer is a rule to change, not to silence. */
export const MUTE_MAX_HOURS = 720;

/** "Mute this rule": on one connection (its id) or every one (null), for a number of hours. */
export const ZAlertMuteInput = z.object({
  rule: z.enum(ALERT_RULES, "Choose a rule Patchbay alerts on"),
  connectionId: z.string().trim().min(1).max(200).nullable().default(null),
  hours: z.coerce.number().int("Whole hours").min(1, "At least an hour").max(MUTE_MAX_HOURS, `At most ${MUTE_MAX_HOURS} hours (30 days)`),
  reason: z.string().trim().max(200).default(""),
});
export type TAlertMuteInput = z.infer<typeof ZAlertMuteInput>;

/** A mute as the API shows it: `connection` is the connection's name, or null for every connection. */
export type TAlertMuteView = {
  id: string;
  rule: TAlertRule;
  /** "Megaport: services down". */
  ruleWords: string;
  connectionId: string | null;
  connection: string | null;
  until: string;
  reason: string;
  createdBy: string;
  createdAt: string;
};
