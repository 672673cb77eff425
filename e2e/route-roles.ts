/**
 * Who may call each route handler under app/api, method by method. e2e/route-guards.spec.ts reads
 * every app/api/**\/route.ts from the file system and fails for a file or an exported method that
 * is missing here (or listed here but gone): a new route must say who may call it.
 *
 * A role means: signed out → 401, a lower role → 403 (withSession(role, …)).
 * An open route says why it needs no session and what a signed-out caller gets instead.
 * The BFF catch-all is checked operation by operation from the vendors' own tables.
 */
export type TRole = "viewer" | "operator" | "admin";
export type THttpMethod = "GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE" | "OPTIONS";
export type TOpenRoute = {
  open: string;
  /** The path after /api for the check, when the file's own path has a catch-all to fill. */
  path?: string;
  /** What a signed-out caller gets (with the console's Origin on changes). */
  signedOut: number;
};
export type TRouteRule = TRole | TOpenRoute | "bff";

export const ROUTE_ROLES: Record<string, Partial<Record<THttpMethod, TRouteRule>>> = {
  "app/api/[...path]/route.ts": Object.fromEntries(
    (["GET", "POST", "PUT", "PATCH", "DELETE"] as const).map((method) => [method, { open: "a JSON 404 for any /api path no route serves; it serves nothing", signedOut: 404 }]),
  ),
  "app/api/account/mfa/activation/route.ts": { POST: "viewer" },
  "app/api/account/mfa/disable/route.ts": { POST: "viewer" },
  "app/api/account/mfa/enrolment/route.ts": { POST: "viewer" },
  "app/api/account/mfa/recovery-codes/route.ts": { POST: "viewer" },
  "app/api/account/mfa/route.ts": { GET: "viewer" },
  "app/api/account/password/route.ts": { POST: "viewer" },
  "app/api/account/sessions/[id]/route.ts": { DELETE: "viewer" },
  "app/api/account/sessions/route.ts": { GET: "viewer", DELETE: "viewer" },
  "app/api/alerts/channels/[id]/route.ts": { PATCH: "admin", DELETE: "admin" },
  "app/api/alerts/channels/[id]/test/route.ts": { POST: "admin" },
  "app/api/alerts/channels/route.ts": { GET: "admin", POST: "admin" },
  "app/api/alerts/events/[id]/send-again/route.ts": { POST: "operator" },
  "app/api/alerts/events/route.ts": { GET: "viewer" },
  "app/api/alerts/monitor/route.ts": { GET: "viewer" },
  "app/api/alerts/mutes/[id]/route.ts": { DELETE: "operator" },
  "app/api/alerts/mutes/route.ts": { GET: "viewer", POST: "operator" },
  "app/api/attention/history/route.ts": { GET: "viewer" },
  "app/api/attention/route.ts": { GET: "viewer" },
  "app/api/audit/export/route.ts": { GET: "admin" },
  "app/api/audit/route.ts": { GET: "admin" },
  "app/api/auth/[...nextauth]/route.ts": {
    GET: { open: "next-auth's session, CSRF-token and provider endpoints; the session is empty when signed out", path: "/auth/session", signedOut: 200 },
    POST: { open: "next-auth's sign-in and sign-out, guarded by its CSRF token (a POST without one is sent back to sign in)", path: "/auth/signout", signedOut: 302 },
  },
  "app/api/connections/[id]/route.ts": { GET: "admin", PATCH: "admin", DELETE: "admin" },
  "app/api/connections/[id]/test/route.ts": { POST: "admin" },
  "app/api/connections/[id]/thresholds/route.ts": { GET: "viewer", PUT: "admin" },
  "app/api/connections/route.ts": { GET: "admin", POST: "admin" },
  "app/api/cron/monitor/route.ts": { GET: { open: "Vercel Cron: a monitor pass for Authorization: Bearer $CRON_SECRET, never for a browser session", signedOut: 401 } },
  "app/api/health/route.ts": { GET: { open: "liveness and database probe for load balancers; names no vendor, user or connection", signedOut: 200 } },
  "app/api/overview/route.ts": { GET: "viewer" },
  "app/api/search/route.ts": { GET: "viewer" },
  "app/api/settings/security/route.ts": { GET: "admin", PUT: "admin" },
  "app/api/setup/route.ts": { POST: { open: "creates the first admin only while the console has no user; afterwards it refuses", signedOut: 409 } },
  "app/api/users/[id]/lock/route.ts": { DELETE: "admin" },
  "app/api/users/[id]/mfa/route.ts": { DELETE: "admin" },
  "app/api/users/[id]/password/route.ts": { PUT: "admin" },
  "app/api/users/[id]/route.ts": { PATCH: "admin", DELETE: "admin" },
  "app/api/users/[id]/sessions/route.ts": { DELETE: "admin" },
  "app/api/users/route.ts": { GET: "admin", POST: "admin" },
  "app/api/v/[vendor]/[connection]/[...path]/route.ts": { GET: "bff", POST: "bff", PUT: "bff", PATCH: "bff", DELETE: "bff" },
};

/** Values for dynamic segments: plausible, but naming nothing that exists. */
export const SEGMENT_VALUES: Record<string, string> = {
  id: "00000000-0000-4000-8000-000000000000",
  vendor: "nettica",
  connection: "00000000-0000-4000-8000-000000000000",
  path: "devices",
  nextauth: "session",
};
