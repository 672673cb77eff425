import "server-only";
import { defineOperation, type TOperation } from "@/lib/server/operations/define-operation";
import { deviceStatus, getDevice, listDevices, setVpnEnabled } from "./client";
import { ZNetticaPublicDevice, ZNetticaPublicVpn, netticaHealth, toNetticaDeviceRow, type TNetticaDeviceDetail, type TNetticaDeviceList } from "./schemas";

/** Nettica's BFF surface: /api/v/nettica/<connection>/<path>. */
export const netticaOperations: readonly TOperation[] = [
  defineOperation({
    name: "listDevices",
    method: "GET",
    path: "devices",
    role: "viewer",
    handler: async ({ connection }): Promise<TNetticaDeviceList> => {
      const now = Date.now();
      return { devices: (await listDevices(connection)).map((d) => toNetticaDeviceRow(d, now)), fetchedAt: new Date(now).toISOString() };
    },
  }),
  defineOperation({
    name: "getDevice",
    method: "GET",
    path: "devices/:id",
    role: "viewer",
    handler: async ({ connection, params }): Promise<TNetticaDeviceDetail> => {
      const device = await getDevice(connection, params.id!);
      const now = Date.now();
      // The public schema keeps only known fields: privateKey and presharedKey are dropped here.
      return { ...ZNetticaPublicDevice.parse(device), health: netticaHealth(device.lastSeen, now), fetchedAt: new Date(now).toISOString() };
    },
  }),
  defineOperation({
    name: "getDeviceStatus",
    method: "GET",
    path: "devices/:id/status",
    role: "viewer",
    handler: async ({ connection, params }) => {
      const status = await deviceStatus(connection, params.id!);
      return { id: status.id, version: status.version ?? null, networks: status.config.map((net) => ({ netName: net.netName, vpns: net.vpns.map((vpn) => ZNetticaPublicVpn.parse(vpn)) })) };
    },
  }),
  ...[true, false].map((enabled) =>
    defineOperation({
      name: enabled ? "enableVpn" : "disableVpn",
      method: "PATCH",
      path: `vpns/:id/${enabled ? "enable" : "disable"}`,
      role: "operator",
      auditTarget: ({ params }) => `vpn:${params.id}`,
      handler: async ({ connection, params }) => {
        const vpn = await setVpnEnabled(connection, params.id!, enabled);
        return vpn ? ZNetticaPublicVpn.parse(vpn) : { id: params.id, enable: enabled };
      },
    }),
  ),
];
