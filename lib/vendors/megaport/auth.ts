import "server-only";
import { authContextOf } from "@/lib/server/upstream/auth-context";
import { requireValue } from "@/lib/server/upstream/credentials";
import { badMfaSeed, mfaRequired, otpNotAccepted } from "@/lib/server/upstream/mfa";
import { bearerLogin } from "@/lib/server/upstream/strategies/bearer-login";
import { readLoginReply } from "@/lib/server/upstream/strategies/login-reply";
import { selectAuth } from "@/lib/server/upstream/strategies/select-auth";
import { tokenAuth } from "@/lib/server/upstream/strategies/token-auth";
import type { TToken } from "@/lib/server/upstream/token-cache";
import { nextTotpCode } from "@/lib/server/upstream/totp";
import type { TAuthContext, TReply, TUpstreamConnection, TWireRequest } from "@/lib/server/upstream/types";
import { encodeForm, joinUrl, withQuery } from "@/lib/server/upstream/url";
import { VendorError } from "@/lib/server/upstream/vendor-error";
import { errorFromReply } from "@/lib/server/upstream/vendor-error-body";
import { credentialSetOf } from "@/lib/vendors/registry";
import { ZMegaportLogin, ZMegaportLoginReply, type TMegaportLogin } from "./account-schemas";
import { ZMegaportOAuthToken } from "./schemas";

const SESSION_LIFETIME_MS = 12 * 60 * 60_000;

/** Where each Megaport environment's API takes its OAuth tokens from (megaportgo's client.go). */
const TOKEN_URL_BASES: Record<string, string> = {
  "api.megaport.com": "https://auth-m2m.megaport.com",
  "api-staging.megaport.com": "https://auth-m2m-staging.megaport.com",
  "api-mpone-dev.megaport.com": "https://auth-m2m-mpone-dev.megaport.com",
};

/** The connection's own OAuth token URL base, else the one of its API's environment. */
export function megaportTokenUrlBase(conn: TUpstreamConnection): string {
  if (conn.values.authUrl) return conn.values.authUrl;
  let host = "";
  try {
    host = new URL(conn.baseUrl).host;
  } catch {
    // An unparsable base URL has no known environment either.
  }
  const base = TOKEN_URL_BASES[host];
  if (base) return base;
  throw new VendorError({
    vendor: conn.vendor,
    status: 0,
    code: "upstream_unauthorized",
    message: `Patchbay does not know where the Megaport API at ${host || conn.baseUrl} issues API-key tokens: set the OAuth token URL base of connection "${conn.name}" in Settings → Connections.`,
  });
}

// Megaport names the one-time password in its refusal when the account has MFA and no or a wrong code came.
const ONE_TIME_PASSWORD = /one[- ]?time[- ]?password|oneTimePassword|\botp\b|\bmfa\b|multi-factor|two-factor|\b2fa\b|totp/i;
const isOtpRefusal = (conn: TUpstreamConnection, reply: TReply) =>
  [400, 401, 403].includes(reply.status) && ONE_TIME_PASSWORD.test(errorFromReply(conn, reply)?.detail ?? "");

/** The admin's code if the call brought one, else one computed from the stored MFA seed, else none. */
async function oneTimeCode(ctx: TAuthContext): Promise<string | undefined> {
  const typed = ctx.takeOtp();
  if (typed) return typed;
  const seed = ctx.conn.values.totpSecret;
  if (!seed) return undefined;
  try {
    return await nextTotpCode(`megaport:${ctx.conn.id}`, seed, ctx.clock);
  } catch {
    throw badMfaSeed(ctx.conn);
  }
}

async function sessionLogin(ctx: TAuthContext): Promise<TToken> {
  const { conn } = ctx;
  const code = await oneTimeCode(ctx);
  const form: [string, string][] = [
    ["username", requireValue(conn, "username")],
    ["password", requireValue(conn, "password")],
  ];
  if (code) form.push(["oneTimePassword", code]);
  const request: TWireRequest = {
    method: "POST",
    url: joinUrl(conn.baseUrl, "/v2/login"),
    headers: { Accept: "application/json", "Content-Type": "application/x-www-form-urlencoded" },
    body: encodeForm(form),
  };
  const reply = await ctx.send(request, "megaport.login");
  if (isOtpRefusal(conn, reply)) throw code ? otpNotAccepted(conn) : mfaRequired(conn);
  const login = readLoginReply(conn, reply, ZMegaportLoginReply);
  const now = ctx.clock.now();
  const expiresAt = login.expiryDate && login.expiryDate > now ? login.expiryDate : now + SESSION_LIFETIME_MS;
  return { value: login.session, expiresAt, profile: login };
}

async function oauthLogin(ctx: TAuthContext): Promise<TToken> {
  const { conn } = ctx;
  const basic = Buffer.from(`${requireValue(conn, "accessKey")}:${requireValue(conn, "secretKey")}`, "utf8").toString("base64");
  const reply = await ctx.send(
    {
      method: "POST",
      url: `${joinUrl(megaportTokenUrlBase(conn), "/oauth2/token")}?grant_type=client_credentials`,
      headers: { Accept: "application/json", Authorization: `Basic ${basic}`, "Content-Type": "application/x-www-form-urlencoded" },
      body: "",
    },
    "megaport.oauth",
  );
  const token = readLoginReply(conn, reply, ZMegaportOAuthToken);
  return { value: token.access_token, expiresAt: ctx.clock.now() + (token.expires_in ?? 3600) * 1000 };
}

// A stale session is refused with 401, or 403 saying so.
const isRefusal = (reply: TReply) => reply.status === 401 || (reply.status === 403 && /session|token|expired|log ?in/i.test(reply.text));

/** The session always travels in X-Auth-Token, never in a URL. */
const megaportSessionAuth = tokenAuth("session-token", { scope: "megaport-session", login: sessionLogin, isRefusal }, (request, token) => ({
  method: request.method,
  url: withQuery(request.url, encodeForm(request.query)),
  headers: { ...request.headers, "X-Auth-Token": token },
  body: request.body,
}));
const megaportOAuth = bearerLogin({ scope: "megaport-oauth", login: oauthLogin, isRefusal, refreshBeforeMs: 5 * 60_000 });

const usesSession = (conn: TUpstreamConnection) => credentialSetOf("megaport", conn.values)?.includes("username") ?? false;

/** Megaport: API keys through OAuth (recommended), or a username + password session in X-Auth-Token. */
export const megaportAuth = selectAuth((conn) => {
  if (!credentialSetOf("megaport", conn.values)) return null;
  return usesSession(conn) ? megaportSessionAuth : megaportOAuth;
});

/** The login's object (person, company, permissions) of a username + password connection; null for API keys. */
export async function megaportSession(conn: TUpstreamConnection, otp?: string): Promise<TMegaportLogin | null> {
  if (!usesSession(conn)) return null;
  const token = await megaportSessionAuth.token(authContextOf(conn, { otp }));
  return ZMegaportLogin.parse(token.profile);
}
