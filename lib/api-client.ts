import { BACKGROUND_HEADER, isBackgroundRequest } from "./user-activity";

/** The error every console API call throws, carrying the server's message for the admin. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
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
};

function headersOf(init: TApiInit): Record<string, string> | undefined {
  const headers: Record<string, string> = {};
  if (init.body !== undefined) headers["content-type"] = "application/json";
  if (init.otp !== undefined) headers["x-vendor-otp"] = init.otp;
  if ((init.method ?? "GET") === "GET" && isBackgroundRequest()) headers[BACKGROUND_HEADER] = "1";
  return Object.keys(headers).length ? headers : undefined;
}

/** Calls the console's own API; a 401 sends the browser to sign in again. */
export async function api<T>(path: string, init: TApiInit = {}): Promise<T> {
  const response = await fetch(path, {
    method: init.method ?? "GET",
    headers: headersOf(init),
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    credentials: "same-origin",
  });
  if (response.status === 204) return undefined as T;
  const body = (await response.json().catch(() => ({}))) as { error?: string; message?: string; fieldErrors?: Record<string, string[]> };
  if (!response.ok) {
    if (response.status === 401 && typeof window !== "undefined") {
      // A full page load, so nothing of the expired session stays in memory.
      const login = new URL("/login", window.location.origin);
      login.searchParams.set("callbackUrl", window.location.pathname + window.location.search);
      window.location.assign(login.href);
    }
    throw new ApiError(response.status, body.error ?? "error", body.message ?? `Request failed (${response.status})`, body.fieldErrors);
  }
  return body as T;
}
