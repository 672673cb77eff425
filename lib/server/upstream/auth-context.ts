import "server-only";
import { systemClock } from "./clock";
import { sendWire, vendorTimeoutMs } from "./transport";
import type { TAuthContext, TUpstreamConnection } from "./types";

/** What a strategy may use during one call: the connection, the admin's code (once), a sender for logins. */
export function authContextOf(conn: TUpstreamConnection, options: { otp?: string; timeoutMs?: number } = {}): TAuthContext {
  let otp = options.otp?.trim() || undefined;
  const timeoutMs = options.timeoutMs ?? vendorTimeoutMs();
  return {
    conn,
    clock: systemClock,
    takeOtp() {
      const code = otp;
      otp = undefined;
      return code;
    },
    hasOtp: () => otp !== undefined,
    send: (request, operation) => sendWire(conn, request, timeoutMs, operation),
  };
}
