import { z } from "zod";
import { readJson } from "../core/control-routes";
import type { TSimKit } from "../core/sim-app";
import type { TProvisionSettings, TProvisionState } from "./records";

export type TProvisionControl = {
  configure(patch: Partial<TProvisionSettings>): TProvisionSettings;
};

/** POST /_sim/settings {legacyBlockForm} switches the block form the API serves. */
export function registerProvisionControl(kit: TSimKit, state: TProvisionState): TProvisionControl {
  const control: TProvisionControl = { configure: (patch) => Object.assign(state.settings, patch) };
  kit.app.post("/_sim/settings", async (c) => {
    const parsed = z.object({ legacyBlockForm: z.boolean() }).partial().safeParse(await readJson(c.req.raw));
    if (!parsed.success) return c.json({ error: z.prettifyError(parsed.error) }, 400);
    return c.json(control.configure(parsed.data));
  });
  return control;
}
