import { z } from "zod";
import { readJsonBody } from "../core/http";
import type { TSimContext, TSimKit } from "../core/sim-app";
import type { TRandom } from "../random";
import { ACRETO_ERRORS, acretoError } from "./errors";
import type { TAcretoAccount, TAcretoState } from "./records";
import { acceptTotp } from "./totp";

const ZLogin = z.object({ username: z.string().min(1), password: z.string().min(1) });

/** Paths that need no access token: login, and the VPN profile (it takes a device token). */
const PUBLIC_PATHS = [/^\/auth\/login$/, /^\/tlsvpn\//];

/** POST /auth/login (with the 424 MFA challenge) and the bearer check in front of everything else. */
export function registerAcretoAuth(kit: TSimKit, state: TAcretoState, random: TRandom): void {
  const { app, clock } = kit;

  app.post("/auth/login", async (c) => {
    const body = await readJsonBody(c.req.raw);
    const login = body.ok ? ZLogin.safeParse(body.value) : null;
    if (!login?.success) return acretoError(c, 400, ACRETO_ERRORS.badRequest, "username and password are required.");
    const account = state.accounts.find((a) => a.username === login.data.username && a.password === login.data.password);
    if (!account) return acretoError(c, 401, ACRETO_ERRORS.invalidCredentials);
    if (account.totpSecret) {
      const otp = c.req.header("X-OTP");
      if (otp === undefined) return acretoError(c, 424, ACRETO_ERRORS.mfaRequired);
      if (!(await acceptTotp(account, account.totpSecret, otp.trim(), clock.now()))) {
        return acretoError(c, 401, ACRETO_ERRORS.invalidOtp);
      }
    }
    const ttl = state.settings.tokenTtlSeconds;
    const accessToken = mintAccessToken(random, account, ttl);
    state.accessTokens.set(accessToken, { token: accessToken, accountUuid: account.uuid, expiresAt: clock.now() + ttl * 1000 });
    return c.json({
      accessToken,
      customers: state.customers
        .filter((customer) => account.customerUuids.includes(customer.uuid))
        .map((customer) => ({ name: customer.name, uuid: customer.uuid })),
      ...(state.settings.omitExpiry ? {} : { expiry: ttl }),
    });
  });

  app.use("*", async (c, next) => {
    if (c.req.path.startsWith("/_sim") || PUBLIC_PATHS.some((path) => path.test(c.req.path))) return next();
    const found = accountOf(c, state, clock.now());
    if (found === "expired") return acretoError(c, 401, ACRETO_ERRORS.tokenExpired);
    if (!found) return acretoError(c, 401, ACRETO_ERRORS.unauthorized);
    return next();
  });
}

/** The account behind the request's bearer token, "expired", or null. */
export function accountOf(c: TSimContext, state: TAcretoState, now: number): TAcretoAccount | "expired" | null {
  const match = /^Bearer\s+(\S+)$/i.exec(c.req.header("Authorization") ?? "");
  const token = match ? state.accessTokens.get(match[1]) : undefined;
  if (!token) return null;
  if (token.expiresAt <= now) return "expired";
  return state.accounts.find((account) => account.uuid === token.accountUuid) ?? null;
}

/** A JWT-shaped opaque token, as the vendor's look like; nothing reads its claims. */
function mintAccessToken(random: TRandom, account: TAcretoAccount, ttl: number): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const claims = { expiry: ttl, username: account.username, uuid: account.uuid, nonce: random.alnum(16) };
  return `${part({ alg: "HS256", typ: "JWT" })}.${part(claims)}.${Buffer.from(random.bytes(32)).toString("base64url")}`;
}
