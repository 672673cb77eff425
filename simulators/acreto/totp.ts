import { verify } from "otplib";
import type { TAcretoAccount } from "./records";

/**
 * Checks an RFC 6238 code (SHA1, 6 digits, 30 s, one step of drift either way) against the
 * account's active or pending secret; a code is accepted once, as the vendor says.
 */
export async function acceptTotp(
  account: TAcretoAccount,
  secret: string | undefined,
  code: string,
  nowMs: number,
): Promise<boolean> {
  if (!secret || !/^\d{6}$/.test(code)) return false;
  const result = await verify({
    secret,
    token: code,
    epoch: Math.floor(nowMs / 1000),
    epochTolerance: 30,
    afterTimeStep: account.lastTotpStep,
  });
  if (!result.valid || !("timeStep" in result)) return false;
  account.lastTotpStep = result.timeStep;
  return true;
}
