import { z } from "zod";
import { readJson } from "../core/control-routes";
import type { TSimKit } from "../core/sim-app";
import type { TN2nSettings, TN2nState } from "./records";

export type TN2nControl = {
  configure(patch: Partial<TN2nSettings>): TN2nSettings;
  /** Both quota counters of every key and token back to zero. */
  resetQuotas(): void;
  setKeyLimits(keyOrId: string, limits: { tps?: number; tpd?: number }): boolean;
  expireSessions(): void;
  /** The device stops sending uplinks at `sinceMs` (default now): its lastOnline stays there. */
  silence(deviceId: string, sinceMs?: number): boolean;
  /** The device sends uplinks again on its period. */
  resume(deviceId: string): boolean;
};

/**
 * POST /_sim/settings, POST /_sim/quotas/reset, POST /_sim/apikeys/:keyOrId/limits {tps,tpd},
 * POST /_sim/sessions/expire, GET /_sim/quotas, POST /_sim/devices/:id/silence {sinceMs?},
 * POST /_sim/devices/:id/resume.
 */
export function registerN2nControl(kit: TSimKit, state: TN2nState): TN2nControl {
  const { app, clock } = kit;
  // DevEUIs are upper-case and ingested ids lower-case: found however they are written, as the API does.
  const deviceOf = (deviceId: string) => state.devices.find((d) => d.deviceId.toLowerCase() === deviceId.toLowerCase());
  const control: TN2nControl = {
    configure: (patch) => Object.assign(state.settings, patch),
    resetQuotas: () => state.quotas.clear(),
    setKeyLimits: (keyOrId, limits) => {
      const key = state.apiKeys.find((k) => k.id === keyOrId || k.key === keyOrId);
      if (!key) return false;
      Object.assign(key, limits);
      return true;
    },
    expireSessions: () => {
      for (const session of state.sessions.values()) session.expiresAt = 0;
    },
    silence: (deviceId, sinceMs) => {
      const device = deviceOf(deviceId);
      if (!device) return false;
      device.silentSince = sinceMs ?? clock.now();
      return true;
    },
    resume: (deviceId) => {
      const device = deviceOf(deviceId);
      if (!device) return false;
      device.silentSince = undefined;
      return true;
    },
  };
  const ZSettings = z
    .object({ windowMs: z.number().int().positive(), bearerTps: z.number().positive(), bearerTpd: z.number().int().positive(), tokenTtlSeconds: z.number().int().positive() })
    .partial();

  app.post("/_sim/settings", async (c) => {
    const parsed = ZSettings.safeParse(await readJson(c.req.raw));
    if (!parsed.success) return c.json({ error: z.prettifyError(parsed.error) }, 400);
    return c.json(control.configure(parsed.data));
  });
  app.get("/_sim/quotas", (c) => c.json(Object.fromEntries(state.quotas)));
  app.post("/_sim/quotas/reset", (c) => {
    control.resetQuotas();
    return c.body(null, 204);
  });
  app.post("/_sim/apikeys/:key/limits", async (c) => {
    const parsed = z.object({ tps: z.number().positive(), tpd: z.number().int().positive() }).partial().safeParse(await readJson(c.req.raw));
    if (!parsed.success) return c.json({ error: z.prettifyError(parsed.error) }, 400);
    return control.setKeyLimits(c.req.param("key"), parsed.data) ? c.body(null, 204) : c.json({ error: "no such key" }, 404);
  });
  app.post("/_sim/devices/:id/silence", async (c) => {
    const parsed = z.object({ sinceMs: z.number().int().nonnegative() }).partial().safeParse(await readJson(c.req.raw));
    if (!parsed.success) return c.json({ error: z.prettifyError(parsed.error) }, 400);
    return control.silence(c.req.param("id"), parsed.data.sinceMs) ? c.body(null, 204) : c.json({ error: "no such device" }, 404);
  });
  app.post("/_sim/devices/:id/resume", (c) => (control.resume(c.req.param("id")) ? c.body(null, 204) : c.json({ error: "no such device" }, 404)));
  app.post("/_sim/sessions/expire", (c) => {
    control.expireSessions();
    return c.body(null, 204);
  });
  return control;
}
