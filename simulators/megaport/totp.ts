import { verify } from "otplib";
import type { TMegaportUser } from "./records";

/** An RFC 6238 code (SHA1, 6 digits, 30 s, one step of drift either way) of the user's seed, accepted once. */
export async function acceptTotp(user: TMegaportUser, code: string, nowMs: number): Promise<boolean> {
  if (!user.totpSecret || !/^\d{6}$/.test(code)) return false;
  const result = await verify({ secret: user.totpSecret, token: code, epoch: Math.floor(nowMs / 1000), epochTolerance: 30, afterTimeStep: user.lastTotpStep });
  if (!result.valid || !("timeStep" in result)) return false;
  user.lastTotpStep = result.timeStep;
  return true;
}
