import "server-only";
import { z } from "zod";
import { authContextOf } from "@/lib/server/upstream/auth-context";
import { requireValue } from "@/lib/server/upstream/credentials";
import { bearerLogin } from "@/lib/server/upstream/strategies/bearer-login";
import { readLoginReply } from "@/lib/server/upstream/strategies/login-reply";
import { selectAuth } from "@/lib/server/upstream/strategies/select-auth";
import { sessionToken } from "@/lib/server/upstream/strategies/session-token";
import type { TToken } from "@/lib/server/upstream/token-cache";
import type { TAuthContext, TReply, TUpstreamConnection } from "@/lib/server/upstream/types";
import { encodeForm, joinUrl } from "@/lib/server/upstream/url";
import { credentialSetOf } from "@/lib/vendors/registry";

const ZMegaportSession = z.looseObject({
  session: z.string().min(1),
  companyId: z.union([z.number(), z.string()]).optional(),
  companyName: z.string().optional(),
  username: z.string().optional(),
  expiryDate: z.number().nullable().optional(),
  permissions: z.record(z.string(), z.array(z.string())).optional(),
});
export type TMegaportSession = z.infer<typeof ZMegaportSession>;
// The seed's bare object, or the same inside the newer {"message", "data": {…}} envelope.
const ZMegaportLogin = z.union([ZMegaportSession, z.looseObject({ data: ZMegaportSession }).transform((reply) => reply.data)]);

const ZOAuthToken = z.looseObject({
  access_token: z.string().min(1),
  token_type: z.string().optional(),
  expires_in: z.number().positive().optional(), // seconds, at most 24 h
});

const DEFAULT_AUTH_URL = "https://auth-m2m.megaport.com";
const SESSION_LIFETIME_MS = 12 * 60 * 60_000;

async function sessionLogin(ctx: TAuthContext): Promise<TToken> {
  const { conn } = ctx;
  const form = encodeForm([
    ["username", requireValue(conn, "username")],
    ["password", requireValue(conn, "password")],
  ]);
  const reply = await ctx.send(
    {
      method: "POST",
      url: joinUrl(conn.baseUrl, "/login"),
      headers: { Accept: "application/json", "Content-Type": "application/x-www-form-urlencoded" },
      body: form,
    },
    "megaport.login",
  );
  const session = readLoginReply(conn, reply, ZMegaportLogin);
  const now = ctx.clock.now();
  const expiresAt = session.expiryDate && session.expiryDate > now ? session.expiryDate : now + SESSION_LIFETIME_MS;
  return { value: session.session, expiresAt, profile: session };
}

async function oauthLogin(ctx: TAuthContext): Promise<TToken> {
  const { conn } = ctx;
  const basic = Buffer.from(`${requireValue(conn, "accessKey")}:${requireValue(conn, "secretKey")}`, "utf8").toString("base64");
  const reply = await ctx.send(
    {
      method: "POST",
      url: `${joinUrl(conn.values.authUrl || DEFAULT_AUTH_URL, "/oauth2/token")}?grant_type=client_credentials`,
      headers: { Accept: "application/json", Authorization: `Basic ${basic}`, "Content-Type": "application/x-www-form-urlencoded" },
      body: "",
    },
    "megaport.oauth",
  );
  const token = readLoginReply(conn, reply, ZOAuthToken);
  return { value: token.access_token, expiresAt: ctx.clock.now() + (token.expires_in ?? 3600) * 1000 };
}

// A stale session is refused with 401, or 403 saying so.
const isRefusal = (reply: TReply) =>
  reply.status === 401 || (reply.status === 403 && /session|token|expired|log ?in/i.test(reply.text));

const megaportSessionAuth = sessionToken({ scope: "megaport-session", login: sessionLogin, isRefusal, param: "token", header: "X-Auth-Token" });
const megaportOAuth = bearerLogin({ scope: "megaport-oauth", login: oauthLogin, isRefusal, refreshBeforeMs: 5 * 60_000 });

const usesSession = (conn: TUpstreamConnection) => credentialSetOf("megaport", conn.values)?.includes("username") ?? false;

/** Megaport: username + password session (`?token=` or X-Auth-Token), or API keys through OAuth. */
export const megaportAuth = selectAuth((conn) => {
  if (!credentialSetOf("megaport", conn.values)) return null;
  return usesSession(conn) ? megaportSessionAuth : megaportOAuth;
});

/** The login's session object (company, permissions), or null for API-key (OAuth) connections. */
export async function megaportSession(conn: TUpstreamConnection): Promise<TMegaportSession | null> {
  if (!usesSession(conn)) return null;
  const token = await megaportSessionAuth.token(authContextOf(conn));
  return ZMegaportSession.parse(token.profile);
}
