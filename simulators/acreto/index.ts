import { createRandom } from "../random";
import { createSimKit, simulatorOf, type TBaseSimOptions, type TSimulator } from "../core/sim-app";
import { registerAcretoAuth } from "./auth";
import { registerAcretoControl, type TAcretoControl } from "./control";
import { buildAcretoState } from "./data";
import { registerEcosystemRoutes } from "./ecosystem-routes";
import { registerOtpRoutes } from "./otp-routes";
import type { TAcretoSettings, TAcretoState } from "./records";
import { registerTokenRoutes } from "./token-routes";

export type TAcretoSimOptions = TBaseSimOptions & Partial<TAcretoSettings>;
export type TAcretoSimulator = TSimulator<TAcretoState, TAcretoControl>;

const DEFAULT_SETTINGS: TAcretoSettings = {
  tokenTtlSeconds: 600,
  omitExpiry: false,
  commitDurationMs: 12_000,
  commitOutcome: "ok",
  deviceTokenTtlSeconds: 3_600,
  deviceTokenMaxTtlSeconds: 7 * 86_400,
};

/** Acreto's API v2 (https://api-is-rock-solid.acreto.net/v2), in memory. */
export function createAcretoSimulator(options: TAcretoSimOptions = {}): TAcretoSimulator {
  const seed = options.seed ?? 1;
  const settings: TAcretoSettings = {
    tokenTtlSeconds: options.tokenTtlSeconds ?? DEFAULT_SETTINGS.tokenTtlSeconds,
    omitExpiry: options.omitExpiry ?? DEFAULT_SETTINGS.omitExpiry,
    commitDurationMs: options.commitDurationMs ?? DEFAULT_SETTINGS.commitDurationMs,
    commitOutcome: options.commitOutcome ?? DEFAULT_SETTINGS.commitOutcome,
    deviceTokenTtlSeconds: options.deviceTokenTtlSeconds ?? DEFAULT_SETTINGS.deviceTokenTtlSeconds,
    deviceTokenMaxTtlSeconds: options.deviceTokenMaxTtlSeconds ?? DEFAULT_SETTINGS.deviceTokenMaxTtlSeconds,
  };
  const fresh = () => buildAcretoState(createRandom(`${seed}/acreto`), settings);
  const state = fresh();
  // Tokens and new uuids come from their own stream, so the seeded data stays the same.
  const runtime = createRandom(`${seed}/acreto/runtime`);
  const kit = createSimKit({
    vendor: "acreto",
    base: options,
    errorBody: (status, message) => ({ code: status, message }),
    onReset: () => {
      Object.assign(state, fresh());
      runtime.reset();
    },
  });
  const control = registerAcretoControl(kit, state);
  registerAcretoAuth(kit, state, runtime);
  registerOtpRoutes(kit, state, runtime);
  registerEcosystemRoutes(kit, state, runtime);
  registerTokenRoutes(kit, state, runtime);
  return simulatorOf(kit, state, control);
}
