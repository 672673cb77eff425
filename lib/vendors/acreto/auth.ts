import "server-only";
import { z } from "zod";
import { authContextOf } from "@/lib/server/upstream/auth-context";
import { requireValue } from "@/lib/server/upstream/credentials";
import { badMfaSeed, mfaRequired, otpNotAccepted } from "@/lib/server/upstream/mfa";
import { bearerLogin } from "@/lib/server/upstream/strategies/bearer-login";
import { readLoginReply } from "@/lib/server/upstream/strategies/login-reply";
import type { TToken } from "@/lib/server/upstream/token-cache";
import { nextTotpCode } from "@/lib/server/upstream/totp";
import type { TAuthContext, TReply, TUpstreamConnection, TWireRequest } from "@/lib/server/upstream/types";
import { joinUrl } from "@/lib/server/upstream/url";

const ZAcretoLogin = z.looseObject({
  accessToken: z.string().min(1),
  customers: z.array(z.looseObject({ name: z.string(), uuid: z.string() })).default([]),
  expiry: z.number().positive().optional(), // seconds; absent on older API versions
});
export type TAcretoCustomer = z.infer<typeof ZAcretoLogin>["customers"][number];

const DEFAULT_EXPIRY_S = 600;

// 424 Failed Dependency {"code":16432,…}: resend the same request with X-OTP.
const isMfaChallenge = (reply: TReply) => reply.status === 424;

/** The admin's code if the call brought one, else one computed from the stored seed. */
async function oneTimeCode(ctx: TAuthContext): Promise<string> {
  const typed = ctx.takeOtp();
  if (typed) return typed;
  const seed = ctx.conn.values.totpSecret;
  if (!seed) throw mfaRequired(ctx.conn);
  try {
    return await nextTotpCode(`acreto:${ctx.conn.id}`, seed, ctx.clock);
  } catch {
    throw badMfaSeed(ctx.conn);
  }
}

async function login(ctx: TAuthContext): Promise<TToken> {
  const { conn } = ctx;
  const request: TWireRequest = {
    method: "POST",
    url: joinUrl(conn.baseUrl, "/auth/login"),
    headers: { Accept: "application/json", "Content-Type": "application/json" },
    body: JSON.stringify({ username: requireValue(conn, "username"), password: requireValue(conn, "password") }),
  };
  let reply = await ctx.send(request, "acreto.login");
  if (isMfaChallenge(reply)) {
    const code = await oneTimeCode(ctx);
    reply = await ctx.send({ ...request, headers: { ...request.headers, "X-OTP": code } }, "acreto.login");
    // The password passed (Acreto asked for a code), so a refusal now is about the code.
    if (isMfaChallenge(reply) || reply.status === 401) throw otpNotAccepted(conn);
  }
  const body = readLoginReply(conn, reply, ZAcretoLogin);
  return { value: body.accessToken, expiresAt: ctx.clock.now() + (body.expiry ?? DEFAULT_EXPIRY_S) * 1000, profile: body };
}

/** Acreto: bearer token from /auth/login, renewed on 401; any 424 is answered with X-OTP once. */
export const acretoAuth = bearerLogin({
  scope: "acreto",
  login,
  challenge: async (reply, ctx) => (isMfaChallenge(reply) ? { "X-OTP": await oneTimeCode(ctx) } : null),
});

/** The customers (organisations) the login can see; every Acreto path starts with one of them. */
export async function acretoCustomers(conn: TUpstreamConnection, otp?: string): Promise<TAcretoCustomer[]> {
  const token = await acretoAuth.token(authContextOf(conn, { otp }));
  return ZAcretoLogin.parse(token.profile).customers;
}
