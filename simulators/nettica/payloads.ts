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
  if (checkIn === undefined) return seen;
  return seen === undefined ? checkIn : Math.max(seen, checkIn);
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
    default: settingsPayload(vpn.default),
  };
}

export function vpnsOfDevice(state: TNetticaState, deviceId: string): TNetticaVpnRecord[] {
  return [...state.vpns.values()].filter((vpn) => vpn.deviceid === deviceId);
}

/** A device as GET /device shows it; `lastSeen` is absent when the device never checked in. */
export function devicePayload(state: TNetticaState, device: TNetticaDeviceRecord, now: number) {
  const seen = lastSeenAt(device, now);
  return {
    ...deviceFields(device),
    ...(seen === undefined ? {} : { lastSeen: goTime(seen, device.id) }),
    vpns: vpnsOfDevice(state, device.id).map((vpn) => vpnPayload(vpn, device.accountid)),
  };
}

function deviceFields(device: TNetticaDeviceRecord) {
  return {
    id: device.id,
    server: device.server,
    accountid: device.accountid,
    name: device.name,
    description: device.description,
    enable: device.enable,
    tags: [...device.tags],
    platform: device.platform,
    os: device.os,
    arch: device.arch,
    checkInterval: device.checkInterval,
    version: device.version,
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
    enabled: net.enabled,
    default: settingsPayload(net.default),
  };
}

/**
 * The device's configuration message (GET /device/:id/status): its networks with every peer.
 * Peers' private keys are blanked; lastSeen is left out so the ETag only changes with the config.
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
