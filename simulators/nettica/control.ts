import { z } from "zod";
import { readJson } from "../core/control-routes";
import type { TSimKit } from "../core/sim-app";
import { createRandom } from "../random";
import { devicePayload, lastSeenAt, vpnsOfDevice } from "./payloads";
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
  /** The account's user sees only these networks (by name), and GET /device repeats a device once per VPN; null: every network. */
  limitToNetworks(netNames: string[] | null): boolean;
  /** Adds a device record to GET /device as given: a real-looking device (its own apiKey included) with `fields` laid over it. */
  addOddDevice(fields: Record<string, unknown>): { id: string };
  clearOddDevices(): void;
  /** Every device secret the simulator holds (apiKey, serviceApiKey, ezcode, instanceid, push, voip), for leak checks. */
  deviceSecrets(): string[];
  devices(): TNetticaDeviceSummary[];
};

const ZLimit = z.object({ networks: z.array(z.string()).nullable() });
const ZOddFields = z.record(z.string(), z.unknown());

/**
 * In-process control plus its HTTP form: POST /_sim/devices/:id/down|up, GET /_sim/devices,
 * POST /_sim/account/suspend|resume, POST /_sim/account/limit {"networks": [...] | null},
 * POST /_sim/odd-devices {fields} → {id}, DELETE /_sim/odd-devices.
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
      device.lastSeenSet = undefined;
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
    limitToNetworks: (netNames) => {
      if (netNames === null) {
        state.limitedNetIds = null;
        return true;
      }
      const nets = netNames.map((name) => [...state.nets.values()].find((net) => net.netName === name));
      if (nets.some((net) => !net)) return false;
      state.limitedNetIds = nets.map((net) => net!.id);
      return true;
    },
    addOddDevice: (fields) => {
      const random = createRandom(`${kit.seed}/nettica/odd/${state.oddDevices.length}`);
      const [model] = state.devices.values();
      const id = `device-${random.alnum(12)}`;
      const base = model ? devicePayload(model, clock.now()) : {};
      state.oddDevices.push({ ...base, id, name: `odd-${random.alnum(6).toLowerCase()}`, apiKey: `device-api-${random.alnum(32)}`, ezcode: `ez-${random.alnum(12)}`, ...fields });
      return { id };
    },
    clearOddDevices: () => {
      state.oddDevices = [];
    },
    deviceSecrets: () => {
      const secretsOf = (device: Record<string, unknown>) =>
        ["apiKey", "serviceApiKey", "ezcode", "instanceid", "push", "voip"].map((name) => device[name]).filter((value): value is string => typeof value === "string" && value !== "");
      return [...[...state.devices.values()].flatMap(secretsOf), ...state.oddDevices.flatMap(secretsOf)];
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
  app.post("/_sim/account/limit", async (c) => {
    const parsed = ZLimit.safeParse(await readJson(c.req.raw));
    if (!parsed.success) return c.json({ error: z.prettifyError(parsed.error) }, 400);
    return control.limitToNetworks(parsed.data.networks) ? c.body(null, 204) : c.json({ error: "no such network" }, 404);
  });
  app.post("/_sim/odd-devices", async (c) => {
    const parsed = ZOddFields.safeParse(await readJson(c.req.raw));
    if (!parsed.success) return c.json({ error: z.prettifyError(parsed.error) }, 400);
    return c.json(control.addOddDevice(parsed.data), 201);
  });
  app.delete("/_sim/odd-devices", (c) => {
    control.clearOddDevices();
    return c.body(null, 204);
  });
  return control;
}
