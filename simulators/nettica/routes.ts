import { createHash } from "node:crypto";
import { z } from "zod";
import { readJsonBody } from "../core/http";
import type { TSimKit } from "../core/sim-app";
import { devicePayload, netPayload, statusPayload, vpnPayload } from "./payloads";
import type { TNetticaState } from "./records";

/** Go's hostname rule the real API applies to device and VPN names. */
const HOSTNAME = /^(([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])\.)*([A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9])$/;

const ZDevicePatch = z.looseObject({
  name: z.string().optional(),
  description: z.string().optional(),
  enable: z.boolean().optional(),
  tags: z.array(z.string()).nullish(),
  checkInterval: z.number().int().min(1).optional(),
});

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
    if (c.req.path.startsWith("/_sim")) return next();
    const key = c.req.header("X-API-KEY") ?? "";
    const access = authenticate(state, key, c.req.path);
    if (access === "unauthorized") return c.json({ error: "Unauthorized" }, 401);
    if (access === "suspended") return c.json({ error: "Account Suspended" }, 403);
    return next();
  });

  app.get("/device", (c) => {
    const now = clock.now();
    return c.json([...state.devices.values()].map((device) => devicePayload(state, device, now)));
  });

  app.get("/device/:id", (c) => {
    const device = state.devices.get(c.req.param("id"));
    if (!device) return c.json({ error: "Not found" }, 404);
    return c.json(devicePayload(state, device, clock.now()));
  });

  app.patch("/device/:id", async (c) => {
    const device = state.devices.get(c.req.param("id"));
    if (!device) return c.json({ error: "Not found" }, 404);
    const body = await readJsonBody(c.req.raw);
    if (!body.ok) return c.json({ error: body.error }, 422);
    const patch = ZDevicePatch.safeParse(body.value);
    if (!patch.success) return c.json({ error: z.prettifyError(patch.error) }, 422);
    const { name, description, enable, tags, checkInterval } = patch.data;
    if (name !== undefined && (name.length < 2 || name.length > 40)) {
      return c.json({ error: "name field must be between 2-40 chars" }, 400);
    }
    if (name !== undefined && !HOSTNAME.test(name)) {
      return c.json({ error: "name field can only contain ascii chars a-z,-,0-9" }, 400);
    }
    Object.assign(device, {
      ...(name !== undefined && { name }),
      ...(description !== undefined && { description }),
      ...(enable !== undefined && { enable }),
      ...(tags !== undefined && { tags: tags ?? [] }),
      ...(checkInterval !== undefined && { checkInterval }),
      updated: clock.now(),
      updatedBy: state.email,
    });
    return c.json(devicePayload(state, device, clock.now()));
  });

  app.delete("/device/:id", (c) => {
    const id = c.req.param("id");
    if (!state.devices.delete(id)) return c.json({ error: "Not found" }, 404);
    for (const vpn of [...state.vpns.values()]) if (vpn.deviceid === id) state.vpns.delete(vpn.id);
    return c.json({ status: "OK" });
  });

  app.get("/device/:id/status", (c) => {
    const device = state.devices.get(c.req.param("id"));
    if (!device) return c.json({ error: "device not found" }, 404);
    const body = JSON.stringify(statusPayload(state, device));
    const etag = createHash("md5").update(body).digest("hex");
    device.lastCheckInAt = clock.now();
    if (c.req.header("If-None-Match") === etag) return c.body(null, 304, { ETag: etag });
    return c.body(body, 200, { ETag: etag, "Content-Type": "application/json; charset=utf-8" });
  });

  app.get("/vpn", (c) => c.json([...state.vpns.values()].map((vpn) => vpnPayload(vpn, state.accountId))));

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

  app.delete("/vpn/:id", (c) => {
    if (!state.vpns.delete(c.req.param("id"))) return c.json({ error: "Not found" }, 404);
    return c.json({ status: "OK" });
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

  app.get("/net", (c) => c.json([...state.nets.values()].map(netPayload)));
  app.get("/net/:id", (c) => {
    const net = state.nets.get(c.req.param("id"));
    if (!net) return c.json({ error: "Not found" }, 404);
    return c.json(netPayload(net));
  });
}

/** The account key opens everything; a device's own key opens only its status endpoint. */
function authenticate(state: TNetticaState, key: string, path: string): "ok" | "unauthorized" | "suspended" {
  if (key === state.accountKey) return state.suspended ? "suspended" : "ok";
  if (key === state.suspendedKey) return "suspended";
  const statusOf = /^\/device\/([^/]+)\/status$/.exec(path);
  if (statusOf && key.startsWith("device-api-") && state.devices.get(statusOf[1])?.apiKey === key) return "ok";
  return "unauthorized";
}
