import "server-only";
import { log } from "../log";
import { authContextOf } from "./auth-context";
import { authFor } from "./auth-for";
import { systemClock } from "./clock";
import { MAX_ATTEMPTS, MAX_RETRY_WAIT_MS, backoffMs, isRetryStatus, parseRetryAfter } from "./retry";
import { noAuth } from "./strategies/no-auth";
import type { TReply, TUnsignedRequest, TUpstreamConnection } from "./types";
import { isVendorError } from "./vendor-error";

// Failures that happen before a byte of the request leaves: the vendor cannot have acted.
const NEVER_SENT = new Set(["ENOTFOUND", "EAI_AGAIN", "ECONNREFUSED", "EHOSTUNREACH", "ENETUNREACH", "UND_ERR_CONNECT_TIMEOUT", "CERT_HAS_EXPIRED", "DEPTH_ZERO_SELF_SIGNED_CERT", "SELF_SIGNED_CERT_IN_CHAIN", "UNABLE_TO_VERIFY_LEAF_SIGNATURE", "ERR_TLS_CERT_ALTNAME_INVALID"]);

/** No answer: the request may have reached the vendor (a timeout, or a connection dropped after it was sent). */
function replyMayBeLost(code: string, detail: string | undefined): boolean {
  return code === "upstream_timeout" || (code === "upstream_unavailable" && !NEVER_SENT.has(detail ?? ""));
}

export type TExchangeOptions = {
  operation: string;
  timeoutMs: number;
  idempotent: boolean;
  otp?: string;
  anonymous?: boolean;
};

/** The reply, and whether a one-time code was already sent with it. */
export type TExchange = { reply: TReply; challenged: boolean };

/**
 * One vendor call through its auth hook: a refused credential is renewed and the request resent
 * once, a challenge (MFA) answered once; idempotent calls are retried on 429/502/503/504 and
 * network errors with jittered backoff that honours Retry-After.
 */
export async function exchange(conn: TUpstreamConnection, unsigned: TUnsignedRequest, options: TExchangeOptions): Promise<TExchange> {
  const strategy = options.anonymous ? noAuth : authFor(conn.vendor);
  const ctx = authContextOf(conn, { otp: options.otp, timeoutMs: options.timeoutMs });

  async function authorizedSend(): Promise<TExchange> {
    let headers = unsigned.headers;
    let renewed = false;
    let challenged = false;
    for (;;) {
      const signed = await strategy.sign({ ...unsigned, headers }, ctx);
      const reply = await ctx.send(signed, options.operation).catch((error: unknown) => {
        // This change itself went out (not a login before it): its answer, not the request, may be what was lost.
        throw !options.idempotent && isVendorError(error) && replyMayBeLost(error.code, error.detail) ? error.withMayHaveActed() : error;
      });
      if (!renewed && strategy.renew?.(reply, signed, ctx)) {
        renewed = true;
        continue;
      }
      const answer = challenged ? null : await strategy.challenge?.(reply, ctx);
      if (!answer) return { reply, challenged };
      challenged = true;
      headers = { ...headers, ...answer };
    }
  }

  for (let attempt = 1; ; attempt += 1) {
    const canRetry = options.idempotent && attempt < MAX_ATTEMPTS;
    let wait: number;
    try {
      const outcome = await authorizedSend();
      const { status, headers } = outcome.reply;
      if (!canRetry || !isRetryStatus(status)) return outcome;
      wait = backoffMs(attempt, parseRetryAfter(headers["retry-after"]));
      if (wait > MAX_RETRY_WAIT_MS) return outcome;
    } catch (error) {
      const networkFailure = isVendorError(error) && error.code === "upstream_unavailable" && error.status === 0;
      if (!canRetry || !networkFailure) throw error;
      wait = backoffMs(attempt);
    }
    log.debug({ vendor: conn.vendor, connection: conn.id, operation: options.operation, attempt, waitMs: wait }, "retrying upstream call");
    await systemClock.sleep(wait);
  }
}
