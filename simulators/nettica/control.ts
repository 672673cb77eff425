import type { TSimKit } from "../core/sim-app";
import { lastSeenAt, vpnsOfDevice } from "./payloads";
import type { TNetticaState } from "./records";

export type TNetticaDeviceSummary = {
  id: string;
  name: string;
  liveness: "live" | "down" | "never";
  lastSeenAt: number | null;
  endpoints: string[];
};

export type TNetticaControl = {
  /** The device stops checking in: its lastSeen stalls from now on. */
  takeDown(deviceId: string): boolean;
  /** The device checks in again on every tick. */
  bringUp(deviceId: string): boolean;
  suspendAccount(): void;
  resumeAccount(): void;
  devices(): TNetticaDeviceSummary[];
};

/**
 * In-process control plus its HTTP form: POST /_sim/devices/:id/down|up, GET /_sim/devices,
 * POST /_sim/account/suspend|resume.
 */
export function registerNetticaControl(kit: TSimKit, state: TNetticaState): TNetticaControl {
  const { app, clock } = kit;
  const control: TNetticaControl = {
    takeDown: (deviceId) => {
      const device = state.devices.get(deviceId);
      if (!device) return false;
      const seen = lastSeenAt(device, clock.now());
      device.liveness = { kind: "dead", lastSeenAt: seen ?? clock.now() };
      device.lastCheckInAt = undefined;
      return true;
    },
    bringUp: (deviceId) => {
      const device = state.devices.get(deviceId);
      if (!device) return false;
      device.liveness = { kind: "live", phaseMs: clock.now() % (device.checkInterval * 1000) };
      return true;
    },
    suspendAccount: () => {
      state.suspended = true;
    },
    resumeAccount: () => {
      state.suspended = false;
    },
    devices: () => {
      const now = clock.now();
      return [...state.devices.values()].map((device) => ({
        id: device.id,
        name: device.name,
        liveness: device.liveness.kind === "dead" ? "down" : device.liveness.kind,
        lastSeenAt: lastSeenAt(device, now) ?? null,
        endpoints: vpnsOfDevice(state, device.id)
          .map((vpn) => vpn.current.endpoint)
          .filter(Boolean),
      }));
    },
  };

  app.get("/_sim/devices", (c) => c.json(control.devices()));
  app.post("/_sim/devices/:id/down", (c) =>
    control.takeDown(c.req.param("id")) ? c.body(null, 204) : c.json({ error: "no such device" }, 404),
  );
  app.post("/_sim/devices/:id/up", (c) =>
    control.bringUp(c.req.param("id")) ? c.body(null, 204) : c.json({ error: "no such device" }, 404),
  );
  app.post("/_sim/account/suspend", (c) => {
    control.suspendAccount();
    return c.body(null, 204);
  });
  app.post("/_sim/account/resume", (c) => {
    control.resumeAccount();
    return c.body(null, 204);
  });
  return control;
}
