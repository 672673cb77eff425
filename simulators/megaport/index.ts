import { MEGAPORT_CREDENTIALS } from "../credentials";
import { createRandom } from "../random";
import { createSimClock } from "../core/clock";
import { createSimKit, simulatorOf, type TBaseSimOptions, type TSimulator } from "../core/sim-app";
import { registerMegaportAuth } from "./auth";
import { registerMegaportControl, type TMegaportControl } from "./control";
import { buildMegaportState } from "./data";
import { TERMS } from "./errors";
import type { TMegaportSettings, TMegaportState } from "./records";
import { registerMegaportRoutes } from "./routes";

export type TMegaportSimOptions = TBaseSimOptions & Partial<TMegaportSettings>;
export type TMegaportSimulator = TSimulator<TMegaportState, TMegaportControl>;

/**
 * Megaport's API (https://api.megaport.com) in memory. The same app also answers the OAuth
 * token endpoint (POST /oauth2/token), so a connection's authUrl may point at it.
 */
export function createMegaportSimulator(options: TMegaportSimOptions = {}): TMegaportSimulator {
  const seed = options.seed ?? 1;
  const settings: TMegaportSettings = {
    sessionTtlMs: options.sessionTtlMs ?? 24 * 3_600_000,
    oauthTokenTtlSeconds: options.oauthTokenTtlSeconds ?? 86_400,
    rateLimit: options.rateLimit ?? 500,
    rateWindowMs: options.rateWindowMs ?? 5 * 60_000,
  };
  const clock = createSimClock(options.now);
  const fresh = () => buildMegaportState(createRandom(`${seed}/megaport`), clock.now(), settings);
  const state = fresh();
  const runtime = createRandom(`${seed}/megaport/runtime`);
  const kit = createSimKit({
    vendor: "megaport",
    base: options,
    clock,
    errorBody: (_status, message) => ({ message, data: null, trace_id: runtime.uuid() }),
    onReset: () => {
      Object.assign(state, fresh());
      runtime.reset();
    },
  });
  const control = registerMegaportControl(kit, state);
  registerMegaportAuth(kit, state, runtime, { ...MEGAPORT_CREDENTIALS, username: MEGAPORT_CREDENTIALS.username });
  registerMegaportRoutes(kit, state, runtime);
  return simulatorOf(kit, state, control);
}

export { TERMS as MEGAPORT_TERMS };
