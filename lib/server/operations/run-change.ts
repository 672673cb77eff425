import "server-only";
import { createHash } from "node:crypto";
import type { TChangeOutcomeReport } from "@/lib/change-outcome";
import { HttpError } from "../http/errors";
import { log } from "../log";
import { vendorLabel } from "../upstream/credentials";
import { vendorTimeoutMs } from "../upstream/transport";
import { isVendorError, type VendorError } from "../upstream/vendor-error";
import type { TChangeOutcome, TLostReply, TOperation, TOperationContext } from "./define-operation";
import { claimChange, markLost, releaseChange, settleChange } from "./unsettled-changes";


/** A change whose outcome the admin must see before it is sent (again). The body carries `outcome`. */
export class ChangeOutcomeError extends HttpError {
  constructor(
    status: number,
    code: "reply_lost" | "unsettled_change",
    message: string,
    readonly outcome: TChangeOutcomeReport,
  ) {
    super(status, code, message);
  }

  override get extra() {
    return { outcome: this.outcome };
  }
}

type TCheck = Exclude<TLostReply<unknown>, { harmless: string }>;

function changeKey(ctx: TOperationContext<unknown>, operation: TOperation, check: TCheck): string {
  const subject = check.subject ? check.subject(ctx) : [ctx.params, ctx.input];
  return createHash("sha256").update(JSON.stringify([ctx.connection.id, operation.name, subject])).digest("hex");
}

async function readBack(ctx: TOperationContext<unknown>, check: TCheck, before: unknown): Promise<TChangeOutcome> {
  try {
    return await check.check(ctx, before);
  } catch (error) {
    log.warn({ connection: ctx.connection.id, err: error }, "could not read a change back after its answer was lost");
    const why = error instanceof Error ? error.message.replace(/\.$/, "") : "it did not answer";
    return { state: "unknown", found: `nothing: reading ${vendorLabel(ctx.connection)} back failed too (${why})` };
  }
}

function verdict(label: string, { state, found }: TChangeOutcome): string {
  if (state === "done") return `Reading ${label} back shows ${found}: the change was made.`;
  if (state === "not_done") return `Reading ${label} back shows ${found}: the change was not made.`;
  return `Reading ${label} back shows ${found}, which does not tell whether the change was made: look before you send it again.`;
}

function lostMessage(ctx: TOperationContext<unknown>, what: string, error: VendorError, outcome: TChangeOutcome): string {
  const label = vendorLabel(ctx.connection);
  const lost = error.code === "upstream_timeout" ? `did not come within ${Math.round(vendorTimeoutMs() / 1000)} s` : "was lost";
  return `${label}'s answer to ${what} ${lost}, so ${label} may have made it. Patchbay did not send it again. ${verdict(label, outcome)}`;
}

function heldMessage(ctx: TOperationContext<unknown>, what: string, lostAt: number, outcome: TChangeOutcome): string {
  const label = vendorLabel(ctx.connection);
  const ago = Math.max(1, Math.round((Date.now() - lostAt) / 60_000));
  return `${capitalised(what)} was sent ${ago} min ago and ${label}'s answer was lost. ${verdict(label, outcome)} Confirm to send it again.`;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Runs one change once. The same change is refused (409) while it is being sent anywhere. When
 * the vendor's answer is lost (it may have acted), Patchbay never sends it again by itself: it reads
 * the vendor back and says what it found (done, not done, unknown), and holds the same change back
 * until the admin, having seen that, confirms by naming the loss (`confirmedLostAt`).
 */
export async function runChange(operation: TOperation, ctx: TOperationContext<unknown>, confirmedLostAt?: number): Promise<unknown> {
  const spec = operation.lostReply as TLostReply<unknown> | undefined;
  if (!spec || "harmless" in spec) return operation.handler(ctx);
  const key = changeKey(ctx, operation, spec);
  const what = spec.what(ctx);
  const claim = await claimChange(key, { connectionId: ctx.connection.id, operation: operation.name, leaseMs: vendorTimeoutMs() * 3 + 10_000, confirmedLostAt });
  if (!claim.claimed && claim.sending) throw new HttpError(409, "change_in_flight", `${capitalised(what)} is being sent already. Wait for its answer.`);
  if (!claim.claimed) {
    const outcome = await readBack(ctx, spec, claim.before);
    throw new ChangeOutcomeError(409, "unsettled_change", heldMessage(ctx, what, claim.lostAt, outcome), { ...outcome, what, lostAt: claim.lostAt });
  }
  let before: unknown;
  try {
    before = spec.before ? await spec.before(ctx) : undefined;
    const result = await operation.handler(ctx);
    await settleChange(key);
    return result;
  } catch (error) {
    if (!isVendorError(error) || !error.mayHaveActed) {
      await releaseChange(key, claim.lostAt);
      throw error;
    }
    const lostAt = Date.now();
    await markLost(key, before, lostAt);
    const outcome = await readBack(ctx, spec, before);
    const status = error.code === "upstream_timeout" ? 504 : 502;
    throw new ChangeOutcomeError(status, "reply_lost", lostMessage(ctx, what, error, outcome), { ...outcome, what, lostAt });
  }
}
