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

/** Calls the console's own API; a 401 sends the browser to sign in again. */
export async function api<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const response = await fetch(path, {
    method: init.method ?? "GET",
    headers: init.body === undefined ? undefined : { "content-type": "application/json" },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    credentials: "same-origin",
  });
  if (response.status === 204) return undefined as T;
  const body = (await response.json().catch(() => ({}))) as { error?: string; message?: string; fieldErrors?: Record<string, string[]> };
  if (!response.ok) {
    if (response.status === 401 && typeof window !== "undefined") {
      // A full page load, so nothing of the expired session stays in memory.
      const login = new URL("/login", window.location.origin);
      login.searchParams.set("callbackUrl", window.location.pathname);
      window.location.assign(login.href);
    }
    throw new ApiError(response.status, body.error ?? "error", body.message ?? `Request failed (${response.status})`, body.fieldErrors);
  }
  return body as T;
}
