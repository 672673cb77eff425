import { z } from "zod";
import { readJsonBody } from "../core/http";
import type { TSimContext, TSimKit } from "../core/sim-app";
import type { TRandom } from "../random";
import { n2nError } from "./errors";
import type { TN2nLevel, TN2nState } from "./records";
import { emptyCounter, takeQuota } from "./throttle";

const ZLogin = z.object({ email: z.string().min(1), password: z.string().min(1) });

/** Who is calling: an API key (Basic, key as password) or a login token (Bearer). */
export type TN2nCaller = { kind: "apiKey" | "bearer"; id: string; level: TN2nLevel; groupIdList: string[] };

/** POST /login, then the credential check and the quota check in front of every other route. */
export function registerN2nAuth(kit: TSimKit, state: TN2nState, random: TRandom): void {
  const { app, clock } = kit;

  app.post("/login", async (c) => {
    const body = await readJsonBody(c.req.raw);
    const login = body.ok ? ZLogin.safeParse(body.value) : null;
    if (!login?.success) return n2nError(c, 400, "Invalid request: email and password are required");
    const user = state.users.find((u) => u.email === login.data.email && u.password === login.data.password);
    if (!user) return n2nError(c, 401, "Invalid email or password");
    const createdAt = Math.floor(clock.now() / 1000);
    const session = { token: random.hex(40), email: user.email, createdAt, expiresAt: createdAt + state.settings.tokenTtlSeconds };
    state.sessions.set(session.token, session);
    return c.json({ token: session.token, groupIdList: [...user.groupIdList], email: user.email, level: user.level, createdAt, expiresAt: session.expiresAt });
  });

  app.use("*", async (c, next) => {
    if (c.req.path.startsWith("/_sim") || c.req.path === "/login") return next();
    const caller = callerOf(c, state, clock.now());
    if (caller === "expired") return n2nError(c, 401, "Token expired");
    if (!caller) return n2nError(c, 403);
    const key = caller.kind === "apiKey" ? state.apiKeys.find((k) => k.id === caller.id) : undefined;
    const limits = key ? { tps: key.tps, tpd: key.tpd } : { tps: state.settings.bearerTps, tpd: state.settings.bearerTpd };
    const quotaKey = `${caller.kind}:${caller.id}`;
    const counter = state.quotas.get(quotaKey) ?? emptyCounter();
    state.quotas.set(quotaKey, counter);
    const verdict = takeQuota(counter, limits, clock.now(), state.settings.windowMs);
    if (!verdict.ok) {
      const message = verdict.reason === "tps" ? "TPS quota exceeded" : "TPD quota exceeded";
      return n2nError(c, 429, message, { "Retry-After": String(verdict.retryAfterSeconds) });
    }
    return next();
  });
}

export function callerOf(c: TSimContext, state: TN2nState, now: number): TN2nCaller | "expired" | null {
  const header = c.req.header("Authorization") ?? "";
  const basic = /^Basic\s+(\S+)$/i.exec(header);
  if (basic) {
    const decoded = Buffer.from(basic[1], "base64").toString("utf8");
    const password = decoded.includes(":") ? decoded.slice(decoded.indexOf(":") + 1) : "";
    const key = state.apiKeys.find((k) => k.key === password);
    return key ? { kind: "apiKey", id: key.id, level: key.level, groupIdList: key.groupIdList } : null;
  }
  const bearer = /^Bearer\s+(\S+)$/i.exec(header);
  const session = bearer ? state.sessions.get(bearer[1]) : undefined;
  if (!session) return null;
  if (session.expiresAt * 1000 <= now) return "expired";
  const user = state.users.find((u) => u.email === session.email);
  return user ? { kind: "bearer", id: user.email, level: user.level, groupIdList: user.groupIdList } : null;
}

/** A caller that may only read gets 403 on changes. */
export function refuseReadOnly(c: TSimContext, caller: TN2nCaller): Response | null {
  return caller.level === "readOnly" ? n2nError(c, 403, "Current user/apiKey is read-only") : null;
}
