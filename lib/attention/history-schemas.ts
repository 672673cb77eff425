import { z } from "zod";
import { VENDORS } from "@/lib/vendors/vendor-names";
import { HISTORY_DEFAULT_DAYS } from "./history-types";

/** GET /api/attention/history: one vendor or all, and how many days back (at most the 90 kept by default). */
export const ZHistoryQuery = z.strictObject({
  vendor: z.enum(VENDORS).optional(),
  days: z.coerce.number({ error: "Send days as a whole number from 1 to 90" }).int("Send days as a whole number from 1 to 90").min(1, "At least 1 day").max(90, "At most 90 days").default(HISTORY_DEFAULT_DAYS),
});
export type THistoryQuery = z.infer<typeof ZHistoryQuery>;
