import { z } from "zod";

export const ZPassword = z.string().min(12, "Use at least 12 characters").max(200);

export const ZSetupInput = z.object({
  name: z.string().trim().max(100).default(""),
  email: z.email("Enter an email address").max(254),
  password: ZPassword,
});
export type TSetupInput = z.input<typeof ZSetupInput>;
