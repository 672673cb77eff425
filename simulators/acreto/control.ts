import { generate } from "otplib";
import { z } from "zod";
import { readJson } from "../core/control-routes";
import type { TSimKit } from "../core/sim-app";
import { ACRETO_ECOSYSTEM_STATUSES, type TAcretoEcosystemStatus, type TAcretoSettings, type TAcretoState } from "./records";

export const ZAcretoSettingsPatch = z
  .object({
    tokenTtlSeconds: z.number().int().positive(),
    omitExpiry: z.boolean(),
    commitDurationMs: z.number().int().min(0),
    commitOutcome: z.enum(["ok", "ecosystem_error"]),
    deviceTokenTtlSeconds: z.number().int().positive(),
    deviceTokenMaxTtlSeconds: z.number().int().positive(),
  })
  .partial();

export type TAcretoControl = {
  configure(patch: Partial<TAcretoSettings>): TAcretoSettings;
  /** Every access token stops working at once (the next call answers 401). */
  expireAccessTokens(): void;
  setEcosystemStatus(uuid: string, status: TAcretoEcosystemStatus): boolean;
  /** The current TOTP code of an account with MFA on or pending, for tests in another process. */
  currentOtp(username: string): Promise<string | null>;
};

/**
 * In-process control plus its HTTP form: POST /_sim/settings, POST /_sim/tokens/expire,
 * POST /_sim/ecosystems/:uuid/status {status}, GET /_sim/otp/:username.
 */
export function registerAcretoControl(kit: TSimKit, state: TAcretoState): TAcretoControl {
  const { app, clock } = kit;
  const control: TAcretoControl = {
    configure: (patch) => Object.assign(state.settings, patch),
    expireAccessTokens: () => {
      for (const token of state.accessTokens.values()) token.expiresAt = Math.min(token.expiresAt, clock.now());
    },
    setEcosystemStatus: (uuid, status) => {
      const ecosystem = state.ecosystems.find((e) => e.uuid === uuid);
      if (!ecosystem) return false;
      ecosystem.status = status;
      ecosystem.commit = undefined;
      return true;
    },
    currentOtp: async (username) => {
      const account = state.accounts.find((a) => a.username === username);
      const secret = account?.totpSecret ?? account?.pendingTotpSecret;
      return secret ? generate({ secret, epoch: Math.floor(clock.now() / 1000) }) : null;
    },
  };

  app.post("/_sim/settings", async (c) => {
    const parsed = ZAcretoSettingsPatch.safeParse(await readJson(c.req.raw));
    if (!parsed.success) return c.json({ error: z.prettifyError(parsed.error) }, 400);
    return c.json(control.configure(parsed.data));
  });
  app.post("/_sim/tokens/expire", (c) => {
    control.expireAccessTokens();
    return c.body(null, 204);
  });
  app.post("/_sim/ecosystems/:uuid/status", async (c) => {
    const parsed = z.object({ status: z.enum(ACRETO_ECOSYSTEM_STATUSES) }).safeParse(await readJson(c.req.raw));
    if (!parsed.success) return c.json({ error: z.prettifyError(parsed.error) }, 400);
    return control.setEcosystemStatus(c.req.param("uuid"), parsed.data.status)
      ? c.body(null, 204)
      : c.json({ error: "no such ecosystem" }, 404);
  });
  app.get("/_sim/otp/:username", async (c) => {
    const code = await control.currentOtp(c.req.param("username"));
    return code ? c.json({ code }) : c.json({ error: "no MFA secret for this user" }, 404);
  });
  return control;
}
