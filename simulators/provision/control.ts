import { z } from "zod";
import { readJson } from "../core/control-routes";
import type { TSimKit } from "../core/sim-app";
import type { TProvisionSettings, TProvisionState } from "./records";

export type TProvisionControl = {
  configure(patch: Partial<TProvisionSettings>): TProvisionSettings;
  /** Signed calls that reached the API, by "target.action" (e.g. "ipam.smartAssign"). */
  calls(): Record<string, number>;
};

const ZSettings = z.object({ legacyBlockForm: z.boolean(), unreadableBlock: z.string().nullable() }).partial();

/**
 * POST /_sim/settings {legacyBlockForm, unreadableBlock} switches what the API serves;
 * GET /_sim/calls counts the signed calls by action, which the shared request stats cannot
 * tell apart (every ProVision call is a GET of the same path).
 */
export function registerProvisionControl(kit: TSimKit, state: TProvisionState): TProvisionControl {
  const control: TProvisionControl = {
    configure: (patch) => Object.assign(state.settings, patch),
    calls: () => Object.fromEntries(state.calls),
  };
  kit.app.post("/_sim/settings", async (c) => {
    const parsed = ZSettings.safeParse(await readJson(c.req.raw));
    if (!parsed.success) return c.json({ error: z.prettifyError(parsed.error) }, 400);
    return c.json(control.configure(parsed.data));
  });
  kit.app.get("/_sim/calls", (c) => c.json(control.calls()));
  return control;
}
