import "server-only";
import { generateSync } from "otplib";
import type { TClock } from "./clock";

const PERIOD_S = 30;
const lastStepUsed = new Map<string, number>();

/**
 * An RFC 6238 code for `seed` (base32). A vendor accepts each code once, so a second code in the
 * same 30-second step uses the next step's code, which verifiers accept as one step of drift
 * (RFC 6238 §5.2); only a third one waits.
 */
export async function nextTotpCode(owner: string, seed: string, clock: TClock): Promise<string> {
  const secret = seed.replace(/[\s-]/g, "").toUpperCase();
  const now = clock.now();
  const current = Math.floor(now / 1000 / PERIOD_S);
  const last = lastStepUsed.get(owner);
  const step = last !== undefined && last >= current ? last + 1 : current;
  lastStepUsed.set(owner, step);
  if (step > current + 1) await clock.sleep((step - 1) * PERIOD_S * 1000 - now + 50);
  return generateSync({ secret, epoch: step * PERIOD_S });
}
