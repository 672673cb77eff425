import { createRandom } from "../random";
import { NETTICA_CREDENTIALS } from "../credentials";
import { createSimClock } from "../core/clock";
import { createSimKit, simulatorOf, type TBaseSimOptions, type TSimulator } from "../core/sim-app";
import { buildNetticaState } from "./data";
import type { TNetticaState } from "./records";
import { registerNetticaRoutes } from "./routes";
import { registerNetticaControl, type TNetticaControl } from "./control";

export type TNetticaSimOptions = TBaseSimOptions & {
  apiKey?: string;
  suspendedApiKey?: string;
  /** Start with the account suspended (every call 403). */
  suspended?: boolean;
  /** Start with the account's user limited to these networks (by name): GET /device repeats a device once per VPN. */
  limitedToNetworks?: string[];
};

export type TNetticaSimulator = TSimulator<TNetticaState, TNetticaControl>;

/** Nettica's VPN API (https://my.nettica.com/api/v1.0), in memory. */
export function createNetticaSimulator(options: TNetticaSimOptions = {}): TNetticaSimulator {
  const fresh = (now: number): TNetticaState => {
    const state = buildNetticaState(createRandom(`${options.seed ?? 1}/nettica`), now, {
      accountKey: options.apiKey ?? NETTICA_CREDENTIALS.apiKey,
      suspendedKey: options.suspendedApiKey ?? NETTICA_CREDENTIALS.suspendedApiKey,
    });
    state.suspended = options.suspended ?? false;
    if (options.limitedToNetworks) {
      const names = options.limitedToNetworks;
      state.limitedNetIds = [...state.nets.values()].filter((net) => names.includes(net.netName)).map((net) => net.id);
    }
    return state;
  };
  const clock = createSimClock(options.now);
  const state = fresh(clock.now());
  const kit = createSimKit({
    vendor: "nettica",
    base: options,
    clock,
    errorBody: (_status, message) => ({ error: message }),
    onReset: () => Object.assign(state, fresh(clock.now())),
  });
  const control = registerNetticaControl(kit, state);
  registerNetticaRoutes(kit, state);
  return simulatorOf(kit, state, control);
}
