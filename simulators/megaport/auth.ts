import type { TSimContext, TSimKit } from "../core/sim-app";
import type { TRandom } from "../random";
import { envelope, megaportError } from "./errors";
import type { TMegaportState, TMegaportUser } from "./records";
import { acceptTotp } from "./totp";

/**
 * POST /v2/login (form username, password, oneTimePassword when the account has MFA) → the login
 * object with the session in data.session; POST /oauth2/token (client credentials, Basic
 * accessKey:secretKey) → a bearer token. Every /secure and /v2 call then needs X-Auth-Token,
 * ?token= or Authorization: Bearer. 500 calls per rolling 5 min per IP.
 */
export function registerMegaportAuth(
  kit: TSimKit,
  state: TMegaportState,
  random: TRandom,
  apiKeys: { accessKey: string; secretKey: string; username: string },
): void {
  const { app, clock } = kit;

  app.use("*", async (c, next) => {
    if (c.req.path.startsWith("/_sim")) return next();
    const ip = c.req.header("X-Forwarded-For")?.split(",")[0].trim() ?? "local";
    const since = clock.now() - state.settings.rateWindowMs;
    const log = (state.requestLog.get(ip) ?? []).filter((at) => at > since);
    if (log.length >= state.settings.rateLimit) {
      state.requestLog.set(ip, log);
      const retryAfter = Math.max(1, Math.ceil((log[0] + state.settings.rateWindowMs - clock.now()) / 1000));
      return megaportError(c, random, 429, "Too many requests. Please slow down.", { "Retry-After": String(retryAfter) });
    }
    log.push(clock.now());
    state.requestLog.set(ip, log);
    return next();
  });

  app.post("/v2/login", async (c) => {
    const type = c.req.header("Content-Type") ?? "";
    const form = type.includes("application/x-www-form-urlencoded") || type.includes("multipart/form-data") ? await c.req.parseBody() : {};
    const field = (name: string) => (typeof form[name] === "string" ? form[name] : "");
    const [username, password, oneTimePassword] = [field("username"), field("password"), field("oneTimePassword")];
    if (!username || !password) return megaportError(c, random, 400, "Please provide a username and password.");
    const user = state.users.find((u) => u.username.toLowerCase() === username.toLowerCase() && u.password === password);
    if (!user) return megaportError(c, random, 401, "Invalid username or password.");
    // No public source shows this refusal; modelled on the docs' "a valid oneTimePassword value must be provided".
    if (user.totpSecret && !oneTimePassword) return megaportError(c, random, 401, "This account uses multi-factor authentication: a valid oneTimePassword must be provided.");
    if (user.totpSecret && !(await acceptTotp(user, oneTimePassword, clock.now()))) return megaportError(c, random, 401, "The one-time password is not valid or has already been used.");
    const company = state.companies.find((co) => co.companyId === user.companyId);
    const session = random.uuid();
    const loginDate = clock.now();
    state.sessions.set(session, { token: session, username: user.username, expiresAt: loginDate + state.settings.sessionTtlMs, kind: "session" });
    return c.json(
      envelope("Login successfully", {
        session,
        permissions: structuredClone(user.permissions),
        sourceIp: c.req.header("X-Forwarded-For")?.split(",")[0].trim() ?? "127.0.0.1",
        username: user.username,
        firstName: user.firstName,
        lastName: user.lastName,
        companyName: company?.companyName ?? "",
        loginDate,
        expiryDate: null,
        locale: user.locale,
        language: "English",
        timeZone: user.timeZone,
        userAgent: c.req.header("User-Agent") ?? "",
        personId: user.personId,
        personUid: user.personUid,
        companyId: user.companyId,
        companyUid: company?.companyUid ?? "",
        channelPartner: false,
        requireTotp: Boolean(user.totpSecret),
      }),
    );
  });

  app.post("/oauth2/token", async (c) => {
    const body = (c.req.header("Content-Type") ?? "").includes("form") ? await c.req.parseBody() : {};
    const grant = c.req.query("grant_type") ?? (typeof body.grant_type === "string" ? body.grant_type : undefined);
    if (grant !== "client_credentials") return c.json({ error: "unsupported_grant_type" }, 400);
    const basic = /^Basic\s+(\S+)$/i.exec(c.req.header("Authorization") ?? "");
    const [accessKey, ...rest] = basic ? Buffer.from(basic[1], "base64").toString("utf8").split(":") : [];
    if (accessKey !== apiKeys.accessKey || rest.join(":") !== apiKeys.secretKey) return c.json({ error: "invalid_client" }, 401);
    const expiresIn = state.settings.oauthTokenTtlSeconds;
    const part = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
    const accessToken = `${part({ kid: random.alnum(12), alg: "RS256" })}.${part({ sub: accessKey, token_use: "access", scope: "megaport/api", exp: Math.floor(clock.now() / 1000) + expiresIn })}.${Buffer.from(random.bytes(48)).toString("base64url")}`;
    state.sessions.set(accessToken, { token: accessToken, username: apiKeys.username, expiresAt: clock.now() + expiresIn * 1000, kind: "oauth" });
    return c.json({ access_token: accessToken, token_type: "Bearer", expires_in: expiresIn });
  });

  app.use("*", async (c, next) => {
    if (!/^\/(secure|v2)\//.test(c.req.path) || c.req.path === "/v2/login") return next();
    if (!userOf(c, state, clock.now())) {
      return megaportError(c, random, 401, "Your session has expired or is not valid. Please log in again.");
    }
    return next();
  });
}

/** The user behind ?token=, X-Auth-Token or a bearer token, or null. */
export function userOf(c: TSimContext, state: TMegaportState, now: number): TMegaportUser | null {
  const bearer = /^Bearer\s+(\S+)$/i.exec(c.req.header("Authorization") ?? "")?.[1];
  const token = c.req.query("token") ?? c.req.header("X-Auth-Token") ?? bearer ?? "";
  const session = state.sessions.get(token);
  if (!session || session.expiresAt <= now) return null;
  return state.users.find((u) => u.username === session.username) ?? null;
}
