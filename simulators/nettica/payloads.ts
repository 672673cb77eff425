import { formatRfc3339 } from "../core/time-format";
import type { TNetticaDeviceRecord, TNetticaNetRecord, TNetticaSettingsRecord, TNetticaState, TNetticaVpnRecord } from "./records";

/** When the device last checked in, or undefined if it never did. Live devices check in on every tick. */
export function lastSeenAt(device: TNetticaDeviceRecord, now: number): number | undefined {
  const checkIn = device.lastCheckInAt;
  const { liveness } = device;
  let seen: number | undefined;
  if (liveness.kind === "live") {
    const tick = Math.max(1, device.checkInterval) * 1000;
    seen = now - ((((now - liveness.phaseMs) % tick) + tick) % tick);
  } else if (liveness.kind === "dead") {
    seen = liveness.lastSeenAt;
  }
  if (checkIn !== undefined) seen = seen === undefined ? checkIn : Math.max(seen, checkIn);
  // A PATCH wrote lastSeen (or zeroed it): that holds until the device's next check-in.
  const set = device.lastSeenSet;
  if (set && (seen === undefined || seen <= set.at)) return set.value;
  return seen;
}

const goTime = (ms: number, salt: string) => formatRfc3339(ms, salt);

export function settingsPayload(settings: TNetticaSettingsRecord) {
  return {
    privateKey: settings.privateKey,
    publicKey: settings.publicKey,
    presharedKey: settings.presharedKey,
    allowedIPs: [...settings.allowedIPs],
    address: [...settings.address],
    dns: [...settings.dns],
    persistentKeepalive: settings.persistentKeepalive,
    listenPort: settings.listenPort,
    endpoint: settings.endpoint,
    mtu: settings.mtu,
  };
}

export function vpnPayload(vpn: TNetticaVpnRecord, accountId: string) {
  return {
    id: vpn.id,
    accountid: accountId,
    deviceid: vpn.deviceid,
    name: vpn.name,
    netid: vpn.netid,
    netName: vpn.netName,
    ...(vpn.role ? { role: vpn.role } : {}),
    failover: vpn.failover,
    failCount: vpn.failCount,
    enable: vpn.enable,
    tags: [...vpn.tags],
    createdBy: vpn.createdBy,
    updatedBy: vpn.updatedBy,
    created: goTime(vpn.created, vpn.id),
    updated: goTime(vpn.updated, vpn.id),
    current: settingsPayload(vpn.current),
    ...(vpn.default ? { default: settingsPayload(vpn.default) } : {}),
  };
}

export function vpnsOfDevice(state: TNetticaState, deviceId: string): TNetticaVpnRecord[] {
  return [...state.vpns.values()].filter((vpn) => vpn.deviceid === deviceId);
}

/** The VPNs the account's user may see: all, or those of the networks it is limited to. */
export function visibleVpns(state: TNetticaState): TNetticaVpnRecord[] {
  const vpns = [...state.vpns.values()];
  return state.limitedNetIds ? vpns.filter((vpn) => state.limitedNetIds!.includes(vpn.netid)) : vpns;
}

/**
 * A device as Nettica's model.Device marshals it, its secrets included (apiKey always;
 * serviceApiKey, instanceid, ezcode, push, voip when set). `lastSeen` is absent when the device
 * never checked in; `vpns` is added only by GET /device (GET /device/:id has no such key).
 */
export function devicePayload(device: TNetticaDeviceRecord, now: number) {
  const seen = lastSeenAt(device, now);
  return {
    ...deviceFields(device),
    ...(seen === undefined ? {} : { lastSeen: goTime(seen, device.id) }),
  };
}

/**
 * GET /device: each device with its VPNs (the key left out when it has none). A user limited to
 * some networks gets one entry per VPN of those networks, so a device in two of them is listed twice.
 */
export function deviceListPayload(state: TNetticaState, now: number): unknown[] {
  const listed = (device: TNetticaDeviceRecord, vpns: TNetticaVpnRecord[]) => ({
    ...devicePayload(device, now),
    ...(vpns.length ? { vpns: [...vpns].sort(byName).map((vpn) => vpnPayload(vpn, device.accountid)) } : {}),
  });
  const devices = state.limitedNetIds
    ? state.limitedNetIds.flatMap((netId) =>
        visibleVpns(state)
          .filter((vpn) => vpn.netid === netId)
          .sort(byName)
          .flatMap((vpn) => {
            const device = state.devices.get(vpn.deviceid);
            return device ? [listed(device, [vpn])] : [];
          }),
      )
    : [...state.devices.values()].map((device) => listed(device, vpnsOfDevice(state, device.id)));
  return [...devices, ...state.oddDevices];
}

const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** model.Device's fields in its order; optional ones (omitempty) only when set. */
export function deviceFields(device: TNetticaDeviceRecord) {
  const optional = (name: string, value: string | undefined) => (value ? { [name]: value } : {});
  return {
    version: device.version,
    id: device.id,
    server: device.server,
    apiKey: device.apiKey,
    accountid: device.accountid,
    name: device.name,
    description: device.description,
    enable: device.enable,
    tags: device.tags && [...device.tags],
    platform: device.platform,
    os: device.os,
    arch: device.arch,
    checkInterval: device.checkInterval,
    ...optional("serviceGroup", device.serviceGroup),
    ...optional("serviceApiKey", device.serviceApiKey),
    logging: device.logging,
    registered: device.registered,
    updateKeys: device.updateKeys,
    ...optional("instanceid", device.instanceid),
    ...optional("ezcode", device.ezcode),
    ...optional("push", device.push),
    ...optional("voip", device.voip),
    createdBy: device.createdBy,
    updatedBy: device.updatedBy,
    created: goTime(device.created, device.id),
    updated: goTime(device.updated, device.id),
  };
}

export function netPayload(net: TNetticaNetRecord) {
  return {
    id: net.id,
    accountid: net.accountid,
    netName: net.netName,
    description: net.description,
    tags: [...net.tags],
    createdBy: net.createdBy,
    updatedBy: net.updatedBy,
    created: goTime(net.created, net.id),
    updated: goTime(net.updated, net.id),
    forceUpdate: net.forceUpdate,
    critical: net.critical,
    ...(net.readonly === undefined ? {} : { readonly: net.readonly }),
    policies: { ...net.policies },
    default: net.default && settingsPayload(net.default),
  };
}

/**
 * The device's configuration message (GET /device/:id/status): the device itself (its apiKey
 * included) and its networks with every peer. Peers' private keys are blanked; lastSeen is left
 * out (as Nettica clears it) so the ETag only changes with the config.
 */
export function statusPayload(state: TNetticaState, device: TNetticaDeviceRecord) {
  const ownVpns = vpnsOfDevice(state, device.id);
  return {
    version: "3.0",
    name: "my.nettica.com",
    id: device.id,
    device: deviceFields(device),
    config: ownVpns.map((own) => {
      const net = state.nets.get(own.netid);
      const peers = [...state.vpns.values()].filter((vpn) => vpn.netid === own.netid);
      return {
        netName: own.netName,
        netid: own.netid,
        description: net?.description ?? "",
        vpns: peers.map((peer) => {
          const payload = vpnPayload(peer, device.accountid);
          if (peer.deviceid === device.id) return payload;
          return { ...payload, current: { ...payload.current, privateKey: "" }, default: undefined };
        }),
      };
    }),
  };
}
