import { PROVISION_CREDENTIALS } from "../credentials";
import { createSimKit, simulatorOf, type TBaseSimOptions, type TSimulator } from "../core/sim-app";
import { runIpamAction } from "./actions";
import { runResourceAction } from "./resources";
import { registerProvisionControl, type TProvisionControl } from "./control";
import { buildProvisionState } from "./data";
import type { TProvisionState } from "./records";
import { verifySignedQuery } from "./signature";

export type TProvisionSimOptions = TBaseSimOptions & {
  apiKey?: string;
  secretKey?: string;
  /** Serve the older block form (oct1..oct4 + mask). */
  legacyBlockForm?: boolean;
};
export type TProvisionSimulator = TSimulator<TProvisionState, TProvisionControl>;

/** Where the API lives inside the simulator, as on an instance: https://ipam.example.com/api/v1/api.php. */
export const PROVISION_API_PATH = "/api/v1/api.php";

/** 6connect ProVision's APIv1 IPAM target, in memory. */
export function createProvisionSimulator(options: TProvisionSimOptions = {}): TProvisionSimulator {
  const fresh = () => buildProvisionState({ legacyBlockForm: options.legacyBlockForm ?? false, unreadableBlock: null });
  const state = fresh();
  const keys = new Map([[options.apiKey ?? PROVISION_CREDENTIALS.apiKey, options.secretKey ?? PROVISION_CREDENTIALS.secretKey]]);
  const kit = createSimKit({
    vendor: "provision",
    base: options,
    errorBody: (_status, message) => ({ success: 0, message }),
    onReset: () => {
      Object.assign(state, fresh());
    },
  });
  const control = registerProvisionControl(kit, state);

  // ProVision checks the hash over $_SERVER['QUERY_STRING'], the URL's query, whatever the method:
  // a POST whose signed parameters are only in its body has an empty query and is refused like a bad hash.
  kit.app.on(["GET", "POST"], PROVISION_API_PATH, (c) => {
    const url = c.req.url;
    const rawQuery = url.includes("?") ? url.slice(url.indexOf("?") + 1) : "";
    const signed = verifySignedQuery(rawQuery, (apiKey) => keys.get(apiKey));
    if (signed === null) return c.json({ success: 0, message: "Invalid API key or hash" }, 401);
    const params = new URLSearchParams(signed);
    const target = params.get("target") ?? "";
    const call = `${target}.${params.get("action") ?? ""}`;
    state.calls.set(call, (state.calls.get(call) ?? 0) + 1);
    if (target === "ipam") return c.json(runIpamAction(state, params, kit.clock.now()));
    if (target === "resource") return c.json(runResourceAction(state, params));
    return c.json({ success: 0, message: `Unknown target: ${target}` });
  });
  return simulatorOf(kit, state, control);
}
