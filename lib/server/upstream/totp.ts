import "server-only";
import { sql } from "drizzle-orm";
import { generateSync } from "otplib";
import { openedDatabase } from "../db/client";
import { totpSteps } from "../db/schema";
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
  const step = await takeStep(owner, current);
  if (step > current + 1) await clock.sleep((step - 1) * PERIOD_S * 1000 - now + 50);
  return generateSync({ secret, epoch: step * PERIOD_S });
}

/** The step to use: the current one, or the one after the last used — decided in the database for every instance when there is one. */
async function takeStep(owner: string, current: number): Promise<number> {
  const opened = openedDatabase();
  if (!opened) {
    const last = lastStepUsed.get(owner);
    const step = last !== undefined && last >= current ? last + 1 : current;
    lastStepUsed.set(owner, step);
    return step;
  }
  const [taken] = await (await opened).db
    .insert(totpSteps)
    .values({ owner, step: current })
    .onConflictDoUpdate({ target: totpSteps.owner, set: { step: sql`case when ${totpSteps.step} >= ${current} then ${totpSteps.step} + 1 else ${current} end` } })
    .returning({ step: totpSteps.step });
  return taken!.step;
}
