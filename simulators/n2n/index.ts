import { createRandom } from "../random";
import { createSimClock } from "../core/clock";
import { createSimKit, simulatorOf, type TBaseSimOptions, type TSimulator } from "../core/sim-app";
import { registerApiKeyRoutes } from "./apikey-routes";
import { registerN2nAuth } from "./auth";
import { registerN2nControl, type TN2nControl } from "./control";
import { buildN2nState } from "./data";
import { registerDeviceRoutes } from "./device-routes";
import { n2nErrorBody } from "./errors";
import type { TN2nSettings, TN2nState } from "./records";

export type TN2nSimOptions = TBaseSimOptions & Partial<TN2nSettings>;
export type TN2nSimulator = TSimulator<TN2nState, TN2nControl>;

/** N2N DL's core API v3 (https://www.nnnco.io/v3/api/core), in memory. */
export function createN2nSimulator(options: TN2nSimOptions = {}): TN2nSimulator {
  const seed = options.seed ?? 1;
  const settings: TN2nSettings = {
    windowMs: options.windowMs ?? 5_000,
    bearerTps: options.bearerTps ?? 20,
    bearerTpd: options.bearerTpd ?? 200_000,
    tokenTtlSeconds: options.tokenTtlSeconds ?? 7 * 86_400,
  };
  const clock = createSimClock(options.now);
  const fresh = () => buildN2nState(createRandom(`${seed}/n2n`), clock.now(), settings);
  const state = fresh();
  const runtime = createRandom(`${seed}/n2n/runtime`);
  const kit = createSimKit({
    vendor: "n2n",
    base: options,
    clock,
    errorBody: (status, message) => n2nErrorBody(status, message),
    onReset: () => {
      Object.assign(state, fresh());
      runtime.reset();
    },
  });
  const control = registerN2nControl(kit, state);
  registerN2nAuth(kit, state, runtime);
  registerDeviceRoutes(kit, state);
  registerApiKeyRoutes(kit, state, runtime);
  return simulatorOf(kit, state, control);
}
