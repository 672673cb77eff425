import { askToResend, type TChangeOutcomeReport } from "./change-outcome";
import { BACKGROUND_HEADER, isBackgroundRequest } from "./user-activity";

/** The error every console API call throws, carrying the server's message for the admin. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
    /** A change whose answer was lost: what the vendor shows now. */
    readonly outcome?: TChangeOutcomeReport,
  ) {
    super(message);
  }
}

/** The vendor asked for a one-time code (424): the console relays it from the admin and retries. */
export const isMfaRequired = (error: unknown): error is ApiError => error instanceof ApiError && error.code === "mfa_required";

export type TApiInit = {
  method?: string;
  body?: unknown;
  /** A one-time code the admin typed, sent as X-Vendor-OTP for a vendor that asked for one. */
  otp?: string;
  /** Sends a change again after a lost answer (X-Confirm-Resend): the loss the admin saw the outcome of. */
  confirmResend?: number;
};

function headersOf(init: TApiInit): Record<string, string> | undefined {
  const headers: Record<string, string> = {};
  if (init.body !== undefined) headers["content-type"] = "application/json";
  if (init.otp !== undefined) headers["x-vendor-otp"] = init.otp;
  if (init.confirmResend !== undefined) headers["x-confirm-resend"] = String(init.confirmResend);
  if ((init.method ?? "GET") === "GET" && isBackgroundRequest()) headers[BACKGROUND_HEADER] = "1";
  return Object.keys(headers).length ? headers : undefined;
}

/**
 * Calls the console's own API; a 401 sends the browser to sign in again. A change whose answer was
 * lost (or is held back since) is sent again only if the admin says so, having seen what the vendor shows.
 */
export async function api<T>(path: string, init: TApiInit = {}): Promise<T> {
  const response = await fetch(path, {
    method: init.method ?? "GET",
    headers: headersOf(init),
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    credentials: "same-origin",
  });
  if (response.status === 204) return undefined as T;
  const body = (await response.json().catch(() => ({}))) as { error?: string; message?: string; fieldErrors?: Record<string, string[]>; outcome?: TChangeOutcomeReport };
  if (!response.ok) {
    if (response.status === 401 && typeof window !== "undefined") {
      // A full page load, so nothing of the expired session stays in memory.
      const login = new URL("/login", window.location.origin);
      login.searchParams.set("callbackUrl", window.location.pathname + window.location.search);
      window.location.assign(login.href);
    }
    const message = body.message ?? `Request failed (${response.status})`;
    if (body.outcome && (body.error === "reply_lost" || body.error === "unsettled_change")) {
      if (await askToResend({ outcome: body.outcome, message, held: body.error === "unsettled_change" })) return api<T>(path, { ...init, confirmResend: body.outcome.lostAt });
    }
    throw new ApiError(response.status, body.error ?? "error", message, body.fieldErrors, body.outcome);
  }
  return body as T;
}
