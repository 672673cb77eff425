// Talks to a running console through its public HTTP API, as a browser would.

export type TConsoleSession = { baseUrl: string; cookie: string };

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((c) => c.split(";")[0]!);
}

/** Signs in with next-auth's credentials flow (CSRF token, then the callback). */
export async function signIn(baseUrl: string, email: string, password: string): Promise<TConsoleSession> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const callback = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; "), origin: baseUrl },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = cookiesOf(callback).find((c) => c.includes("session-token="));
  if (!session) throw new Error(`Sign-in as ${email} failed (${callback.status})`);
  return { baseUrl, cookie: [...jar, session].join("; ") };
}

export async function consoleApi<T>(session: TConsoleSession, path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const response = await fetch(`${session.baseUrl}${path}`, {
    method: init.method ?? "GET",
    headers: { cookie: session.cookie, origin: session.baseUrl, ...(init.body ? { "content-type": "application/json" } : {}) },
    body: init.body ? JSON.stringify(init.body) : undefined,
  });
  const body = (await response.json().catch(() => ({}))) as T & { message?: string };
  if (!response.ok) throw new Error(`${init.method ?? "GET"} ${path}: ${response.status} ${body.message ?? ""}`);
  return body;
}

export async function waitForHealth(baseUrl: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await fetch(`${baseUrl}/api/health`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The console did not answer at ${baseUrl} within ${timeoutMs / 1000} s`);
}
