import { z } from "zod";
import { ZChangePassword } from "@/lib/account/schemas";

/** The password form: the API's input, and the new password typed twice. */
export const ZChangePasswordForm = ZChangePassword.extend({ confirmPassword: z.string() }).refine((form) => form.newPassword === form.confirmPassword, {
  path: ["confirmPassword"],
  message: "The two new passwords differ",
});
export type TChangePasswordForm = z.infer<typeof ZChangePasswordForm>;
