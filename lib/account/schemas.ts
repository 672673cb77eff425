import { z } from "zod";
import { ZPassword } from "@/lib/setup-input";

/** Inputs of the account (security) API, shared by its routes and the forms of the security page. */
export const ZTotpCode = z.string().trim().regex(/^\d{6}$/, "Enter the 6-digit code from the app");
export const ZCurrentPassword = z.string().min(1, "Enter your current password").max(1024);

export const ZActivateMfa = z.object({ code: ZTotpCode });
export const ZConfirmPassword = z.object({ password: ZCurrentPassword });
export const ZChangePassword = z.object({ currentPassword: ZCurrentPassword, newPassword: ZPassword });
export const ZSecuritySettings = z.object({ requireMfa: z.boolean() });

export type TMfaStatusView = { enabled: boolean; enabledAt: string | null; recoveryCodesLeft: number; required: boolean };
export type TMfaEnrolmentView = { secret: string; otpauthUrl: string };
export type TSessionView = { id: string; createdAt: string; lastSeenAt: string; ip: string | null; userAgent: string | null; current: boolean };
