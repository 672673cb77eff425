import { z } from "zod";
import { readJson } from "../core/control-routes";
import type { TSimKit } from "../core/sim-app";
import { parseCidr } from "./ip";
import type { TProvisionSettings, TProvisionState } from "./records";
import { fillAggregate, findByCidr, formatOf } from "./tree";

export type TProvisionControl = {
  configure(patch: Partial<TProvisionSettings>): TProvisionSettings;
  /** Signed calls that reached the API, by "target.action" (e.g. "ipam.smartAssign"). */
  calls(): Record<string, number>;
  /** Assigns free space of the aggregate (by CIDR) until `percent` of it is assigned; the CIDRs it assigned, or null for no such aggregate. */
  fillAggregate(cidr: string, percent: number, resourceId?: number): string[] | null;
};

const ZSettings = z.object({ legacyBlockForm: z.boolean(), unreadableBlock: z.string().nullable() }).partial();
const ZFill = z.object({ cidr: z.string(), percent: z.number().min(0).max(100), resourceId: z.number().int().positive().optional() });
/** Acme Corp, the first customer of the seeded data. */
const FILL_RESOURCE_ID = 42;

/**
 * POST /_sim/settings {legacyBlockForm, unreadableBlock} switches what the API serves;
 * GET /_sim/calls counts the signed calls by action, which the shared request stats cannot
 * tell apart (every ProVision call is a GET of the same path); POST /_sim/aggregates/fill
 * {cidr, percent, resourceId?} assigns an aggregate's free space up to that share.
 */
export function registerProvisionControl(kit: TSimKit, state: TProvisionState): TProvisionControl {
  const control: TProvisionControl = {
    configure: (patch) => Object.assign(state.settings, patch),
    calls: () => Object.fromEntries(state.calls),
    fillAggregate: (cidr, percent, resourceId = FILL_RESOURCE_ID) => {
      const parsed = parseCidr(cidr);
      const aggregate = parsed && findByCidr(state, parsed);
      if (!aggregate || aggregate.parentId !== null) return null;
      return fillAggregate(state, aggregate, percent, resourceId, kit.clock.now()).map(formatOf);
    },
  };
  kit.app.post("/_sim/settings", async (c) => {
    const parsed = ZSettings.safeParse(await readJson(c.req.raw));
    if (!parsed.success) return c.json({ error: z.prettifyError(parsed.error) }, 400);
    return c.json(control.configure(parsed.data));
  });
  kit.app.get("/_sim/calls", (c) => c.json(control.calls()));
  kit.app.post("/_sim/aggregates/fill", async (c) => {
    const parsed = ZFill.safeParse(await readJson(c.req.raw));
    if (!parsed.success) return c.json({ error: z.prettifyError(parsed.error) }, 400);
    const assigned = control.fillAggregate(parsed.data.cidr, parsed.data.percent, parsed.data.resourceId);
    return assigned ? c.json({ assigned }) : c.json({ error: "no such aggregate" }, 404);
  });
  return control;
}
