import { z } from "zod";
import { readJson } from "../core/control-routes";
import type { TSimKit } from "../core/sim-app";
import { PROVISIONING_STATUSES, type TMegaportSettings, type TMegaportState, type TProvisioningStatus } from "./records";

export type TMegaportControl = {
  configure(patch: Partial<TMegaportSettings>): TMegaportSettings;
  /** Every session and OAuth token stops working (the next call answers 401). */
  invalidateSessions(): void;
  setStatus(productUid: string, status: TProvisioningStatus): boolean;
  /** Overwrites fields of a product, VXC or IX as Megaport would send them (a payload Patchbay may not read). */
  setFields(productUid: string, fields: Record<string, unknown>): boolean;
};

/**
 * POST /_sim/settings, POST /_sim/sessions/invalidate, POST /_sim/products/:uid/status {provisioningStatus},
 * POST /_sim/products/:uid/fields {…any fields…}.
 */
export function registerMegaportControl(kit: TSimKit, state: TMegaportState): TMegaportControl {
  const { app } = kit;
  const serviceOf = (productUid: string) => state.products.flatMap((p) => [p, ...p.associatedVxcs, ...p.associatedIxs]).find((s) => s.productUid === productUid);
  const control: TMegaportControl = {
    configure: (patch) => Object.assign(state.settings, patch),
    invalidateSessions: () => state.sessions.clear(),
    setStatus: (productUid, status) => {
      const service = serviceOf(productUid);
      if (!service) return false;
      service.provisioningStatus = status;
      return true;
    },
    setFields: (productUid, fields) => {
      const service = serviceOf(productUid);
      if (!service) return false;
      Object.assign(service, fields);
      return true;
    },
  };
  const ZSettings = z
    .object({ sessionTtlMs: z.number().int().positive(), oauthTokenTtlSeconds: z.number().int().positive(), rateLimit: z.number().int().positive(), rateWindowMs: z.number().int().positive() })
    .partial();
  app.post("/_sim/settings", async (c) => {
    const parsed = ZSettings.safeParse(await readJson(c.req.raw));
    if (!parsed.success) return c.json({ error: z.prettifyError(parsed.error) }, 400);
    return c.json(control.configure(parsed.data));
  });
  app.post("/_sim/sessions/invalidate", (c) => {
    control.invalidateSessions();
    return c.body(null, 204);
  });
  app.post("/_sim/products/:uid/status", async (c) => {
    const parsed = z.object({ provisioningStatus: z.enum(PROVISIONING_STATUSES) }).safeParse(await readJson(c.req.raw));
    if (!parsed.success) return c.json({ error: z.prettifyError(parsed.error) }, 400);
    return control.setStatus(c.req.param("uid"), parsed.data.provisioningStatus) ? c.body(null, 204) : c.json({ error: "no such service" }, 404);
  });
  app.post("/_sim/products/:uid/fields", async (c) => {
    const parsed = z.record(z.string(), z.unknown()).safeParse(await readJson(c.req.raw));
    if (!parsed.success) return c.json({ error: z.prettifyError(parsed.error) }, 400);
    return control.setFields(c.req.param("uid"), parsed.data) ? c.body(null, 204) : c.json({ error: "no such service" }, 404);
  });
  return control;
}
