import "server-only";
import { connectionThresholds } from "@/lib/server/attention/attention-thresholds";
import { defineOperation, type TOperation } from "@/lib/server/operations/define-operation";
import type { TUpstreamConnection } from "@/lib/server/upstream";
import { getDevice, listDevices, listVpns, setVpnEnabled } from "./client";
import { ZNetticaPublicDevice, ZNetticaPublicVpn, netticaHealth, toNetticaDeviceRow, type TNetticaDeviceDetail, type TNetticaDeviceList } from "./schemas";

/** The connection's down rule (Settings → Connections → Alert thresholds), so the pages say "down" when the overview and the alerts do. */
const downAfterMs = async (connection: TUpstreamConnection) => (await connectionThresholds({ id: connection.id, vendor: "nettica" })).downAfterSeconds * 1000;

/** Nettica's BFF surface: /api/v/nettica/<connection>/<path>. Nothing here calls a device's status check-in. */
export const netticaOperations: readonly TOperation[] = [
  defineOperation({
    name: "listDevices",
    method: "GET",
    path: "devices",
    role: "viewer",
    handler: async ({ connection }): Promise<TNetticaDeviceList> => {
      const [devices, downAfter] = await Promise.all([listDevices(connection), downAfterMs(connection)]);
      const now = Date.now();
      return { devices: devices.map((d) => toNetticaDeviceRow(d, now, downAfter)), fetchedAt: new Date(now).toISOString() };
    },
  }),
  defineOperation({
    name: "getDevice",
    method: "GET",
    path: "devices/:id",
    role: "viewer",
    handler: async ({ connection, params }): Promise<TNetticaDeviceDetail> => {
      // GET /device/:id carries no VPNs: they come from the account's VPN list, by deviceid.
      const [device, vpns, downAfter] = await Promise.all([getDevice(connection, params.id!), listVpns(connection), downAfterMs(connection)]);
      const now = Date.now();
      // The public schema keeps only known fields: apiKey, ezcode, privateKey, presharedKey… are dropped here.
      const view = ZNetticaPublicDevice.parse({ ...device, vpns: vpns.filter((vpn) => vpn.deviceid === device.id) });
      return { ...view, health: netticaHealth(device.lastSeen, now, downAfter), fetchedAt: new Date(now).toISOString() };
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
      lostReply: {
        what: ({ params }) => `${enabled ? "enabling" : "disabling"} VPN ${params.id}`,
        subject: ({ params }) => params.id,
        check: async ({ connection, params }) => {
          const vpn = (await listVpns(connection)).find((candidate) => candidate.id === params.id);
          if (!vpn) return { state: "unknown", found: `no VPN ${params.id} in the account` };
          const name = vpn.name ? `VPN "${vpn.name}"` : `VPN ${params.id}`;
          return { state: vpn.enable === enabled ? "done" : "not_done", found: `${name} ${vpn.enable ? "enabled" : "disabled"}` };
        },
      },
    }),
  ),
];
