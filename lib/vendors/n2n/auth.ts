import "server-only";
import { z } from "zod";
import { requireValue } from "@/lib/server/upstream/credentials";
import { basicAuth } from "@/lib/server/upstream/strategies/basic-auth";
import { bearerLogin } from "@/lib/server/upstream/strategies/bearer-login";
import { readLoginReply } from "@/lib/server/upstream/strategies/login-reply";
import { selectAuth } from "@/lib/server/upstream/strategies/select-auth";
import type { TToken } from "@/lib/server/upstream/token-cache";
import type { TAuthContext, TReply } from "@/lib/server/upstream/types";
import { joinUrl } from "@/lib/server/upstream/url";
import { credentialSetOf } from "@/lib/vendors/registry";

const ZN2nLogin = z.looseObject({
  token: z.string().min(1),
  expiresAt: z.number().positive().optional(), // epoch seconds
  level: z.string().optional(),
  groupIdList: z.array(z.string()).optional(),
});

const FALLBACK_LIFETIME_MS = 60 * 60_000;

async function login(ctx: TAuthContext): Promise<TToken> {
  const { conn } = ctx;
  const reply = await ctx.send(
    {
      method: "POST",
      url: joinUrl(conn.baseUrl, "/login"),
      headers: { Accept: "application/json", "Content-Type": "application/json" },
      body: JSON.stringify({ email: requireValue(conn, "email"), password: requireValue(conn, "password") }),
    },
    "n2n.login",
  );
  const body = readLoginReply(conn, reply, ZN2nLogin);
  const expiresAt = body.expiresAt
    ? body.expiresAt < 1e12 ? body.expiresAt * 1000 : body.expiresAt
    : ctx.clock.now() + FALLBACK_LIFETIME_MS;
  return { value: body.token, expiresAt, profile: body };
}

// N2N refuses a stale token with 401, or 403 {"error":"UNAUTHORIZED"}.
const isRefusal = (reply: TReply) => reply.status === 401 || (reply.status === 403 && reply.text.includes("UNAUTHORIZED"));

const n2nKeyAuth = basicAuth({ username: "api", passwordField: "apiKey" });
const n2nLoginAuth = bearerLogin({ scope: "n2n", login, isRefusal });

/** N2N DL: the API key as the HTTP Basic password, or email + password login and a bearer token. */
export const n2nAuth = selectAuth((conn) => {
  const set = credentialSetOf("n2n", conn.values);
  if (!set) return null;
  return set.includes("apiKey") ? n2nKeyAuth : n2nLoginAuth;
});
