// The two next-auth calls the browser makes, as next-auth/react makes them (the same requests to
// /api/auth), without its session provider machinery and its regenerator runtime: ~10 KB gzip less
// on every page for what the console uses.

const AUTH_API = "/api/auth";
const FORM = { "Content-Type": "application/x-www-form-urlencoded" };

async function csrfToken(): Promise<string> {
  const response = await fetch(`${AUTH_API}/csrf`);
  return ((await response.json()) as { csrfToken: string }).csrfToken;
}

/** What a sign-in answered: `error` is the code authorize() threw ("CredentialsSignin" for a refusal), null when signed in. */
export type TSignInResult = { error: string | null; status: number; ok: boolean; url: string | null };

/** Signs in with the credentials provider and stays on the page (next-auth/react's `signIn("credentials", {…, redirect: false})`). */
export async function signInWithCredentials(credentials: Record<string, string>): Promise<TSignInResult> {
  const response = await fetch(`${AUTH_API}/callback/credentials`, {
    method: "POST",
    headers: FORM,
    body: new URLSearchParams({ ...credentials, csrfToken: await csrfToken(), callbackUrl: window.location.href, json: "true" }),
  });
  const { url } = (await response.json()) as { url: string };
  const error = new URL(url, window.location.href).searchParams.get("error");
  return { error, status: response.status, ok: response.ok, url: error ? null : url };
}

/** Ends the session and loads `callbackUrl` (next-auth/react's `signOut({ callbackUrl })`). */
export async function signOut(callbackUrl: string): Promise<void> {
  const response = await fetch(`${AUTH_API}/signout`, {
    method: "POST",
    headers: FORM,
    body: new URLSearchParams({ csrfToken: await csrfToken(), callbackUrl, json: "true" }),
  });
  const { url } = (await response.json()) as { url?: string };
  const target = url ?? callbackUrl;
  window.location.href = target;
  if (target.includes("#")) window.location.reload();
}
