import { createHash } from "node:crypto";
import { z } from "zod";
import { readJsonBody } from "../core/http";
import type { TSimKit } from "../core/sim-app";
import { HOSTNAME, replaceDevice, ZDeviceBody } from "./device-replace";
import { deviceListPayload, devicePayload, netPayload, statusPayload, visibleVpns, vpnPayload } from "./payloads";
import type { TNetticaState } from "./records";

const ZSettingsPatch = z.looseObject({
  endpoint: z.string().optional(),
  address: z.array(z.string()).optional(),
  allowedIPs: z.array(z.string()).optional(),
  dns: z.array(z.string()).optional(),
  listenPort: z.number().int().optional(),
  mtu: z.number().int().optional(),
  persistentKeepalive: z.number().int().optional(),
});

const ZVpnPatch = z.looseObject({
  name: z.string().optional(),
  enable: z.boolean().optional(),
  failover: z.number().int().optional(),
  tags: z.array(z.string()).nullish(),
  current: ZSettingsPatch.optional(),
});

export function registerNetticaRoutes(kit: TSimKit, state: TNetticaState): void {
  const { app, clock } = kit;

  app.use("*", async (c, next) => {
    // The status endpoint checks its own key (the device's), below.
    if (c.req.path.startsWith("/_sim") || STATUS_PATH.test(c.req.path)) return next();
    const key = c.req.header("X-API-KEY") ?? "";
    const access = authenticate(state, key);
    if (access === "unauthorized") return c.json({ error: "Unauthorized" }, 401);
    if (access === "suspended") return c.json({ error: "Account Suspended" }, 403);
    return next();
  });

  app.get("/device", (c) => c.json(deviceListPayload(state, clock.now())));

  // model.Device as stored: no `vpns` key at all (a device's VPNs come from GET /vpn or GET /device).
  app.get("/device/:id", (c) => {
    const device = state.devices.get(c.req.param("id"));
    if (!device) return c.json({ error: "Not found" }, 404);
    return c.json(devicePayload(device, clock.now()));
  });

  app.patch("/device/:id", async (c) => {
    const body = await readJsonBody(c.req.raw);
    if (!body.ok) return c.json({ error: body.error }, 422);
    const parsed = ZDeviceBody.safeParse(body.value);
    if (!parsed.success) return c.json({ error: z.prettifyError(parsed.error) }, 422);
    const device = state.devices.get(c.req.param("id"));
    if (!device) return c.json({ error: "Not Found" }, 404);
    const replaced = replaceDevice(device, parsed.data, clock.now(), state.email);
    if (!replaced.ok) return c.json({ error: replaced.error }, 500);
    return c.json(devicePayload(device, clock.now()));
  });

  app.delete("/device/:id", (c) => {
    const id = c.req.param("id");
    if (!state.devices.delete(id)) return c.json({ error: "Not found" }, 404);
    for (const vpn of [...state.vpns.values()]) if (vpn.deviceid === id) state.vpns.delete(vpn.id);
    return c.json({ status: "OK" });
  });

  // The agent's check-in: only the device's own key (device-api-…) opens it. Any other key, an
  // account's included, gets 401 with no body; every answer (304 too) refreshes lastSeen.
  app.get("/device/:id/status", (c) => {
    const device = state.devices.get(c.req.param("id"));
    if (!device) return c.json({ error: "device not found" }, 404);
    if (c.req.header("X-API-KEY") !== device.apiKey) return c.body(null, 401);
    if (!device.registered) Object.assign(device, { registered: true, ezcode: undefined });
    const body = JSON.stringify(statusPayload(state, device));
    const etag = createHash("md5").update(body).digest("hex");
    device.lastCheckInAt = clock.now();
    if (c.req.header("If-None-Match") === etag) return c.body(null, 304, { ETag: etag });
    return c.body(body, 200, { ETag: etag, "Content-Type": "application/json; charset=utf-8" });
  });

  // Every VPN the user may see, each marked complete (core.ReadVPNsForUser).
  app.get("/vpn", (c) => c.json(visibleVpns(state).map((vpn) => ({ ...vpnPayload(vpn, state.accountId), complete: true }))));

  app.get("/vpn/:id", (c) => {
    const vpn = state.vpns.get(c.req.param("id"));
    if (!vpn) return c.json({ error: "Not found" }, 404);
    return c.json(vpnPayload(vpn, state.accountId));
  });

  app.patch("/vpn/:id", async (c) => {
    const vpn = state.vpns.get(c.req.param("id"));
    if (!vpn) return c.json({ error: "Not found" }, 404);
    const body = await readJsonBody(c.req.raw);
    if (!body.ok) return c.json({ error: body.error }, 422);
    const patch = ZVpnPatch.safeParse(body.value);
    if (!patch.success) return c.json({ error: z.prettifyError(patch.error) }, 422);
    const { name, enable, failover, tags, current } = patch.data;
    if (name !== undefined && !HOSTNAME.test(name)) {
      return c.json({ error: "name field can only contain ascii chars a-z,-,0-9" }, 400);
    }
    if (name !== undefined) vpn.name = name;
    if (enable !== undefined) vpn.enable = enable;
    if (failover !== undefined) vpn.failover = failover;
    if (tags !== undefined) vpn.tags = tags ?? [];
    if (current) {
      const { endpoint, address, allowedIPs, dns, listenPort, mtu, persistentKeepalive } = current;
      vpn.current = {
        ...vpn.current,
        ...(endpoint !== undefined && { endpoint }),
        ...(address !== undefined && { address }),
        ...(allowedIPs !== undefined && { allowedIPs }),
        ...(dns !== undefined && { dns }),
        ...(listenPort !== undefined && { listenPort }),
        ...(mtu !== undefined && { mtu }),
        ...(persistentKeepalive !== undefined && { persistentKeepalive }),
      };
    }
    vpn.updated = clock.now();
    vpn.updatedBy = state.email;
    return c.json(vpnPayload(vpn, state.accountId));
  });

  // Unlike DELETE /device/:id, Nettica answers an empty object.
  app.delete("/vpn/:id", (c) => {
    if (!state.vpns.delete(c.req.param("id"))) return c.json({ error: "Not found" }, 404);
    return c.json({});
  });

  for (const action of ["enable", "disable"] as const) {
    app.patch(`/vpn/:id/${action}`, (c) => {
      const vpn = state.vpns.get(c.req.param("id"));
      if (!vpn) return c.json({ error: "Not found" }, 404);
      vpn.enable = action === "enable";
      vpn.updated = clock.now();
      vpn.updatedBy = state.email;
      return c.json(vpnPayload(vpn, state.accountId));
    });
  }

  app.get("/net", (c) => c.json([...state.nets.values()].filter((net) => !state.limitedNetIds || state.limitedNetIds.includes(net.id)).map(netPayload)));
  app.get("/net/:id", (c) => {
    const net = state.nets.get(c.req.param("id"));
    if (!net) return c.json({ error: "Not found" }, 404);
    return c.json(netPayload(net));
  });
}

const STATUS_PATH = /^\/device\/[^/]+\/status$/;

/** The account key opens everything but a device's status; a suspended account's key nothing. */
function authenticate(state: TNetticaState, key: string): "ok" | "unauthorized" | "suspended" {
  if (key === state.accountKey) return state.suspended ? "suspended" : "ok";
  if (key === state.suspendedKey) return "suspended";
  return "unauthorized";
}
