import type { TRandom } from "../random";
import type {
  TNetticaDeviceRecord,
  TNetticaLiveness,
  TNetticaNetRecord,
  TNetticaSettingsRecord,
  TNetticaState,
  TNetticaVpnRecord,
} from "./records";

const CREATED_BASE = Date.UTC(2024, 0, 15, 9, 0, 0);
const DAY = 86_400_000;
const ACCOUNT_EMAIL = "netops@patchbay.example";

/** lab-net has no default settings (Nettica sends `default: null`); iot-sites is read-only and lets only endpoints see each other. */
const NETWORKS = [
  { netName: "hq-mesh", description: "Head office mesh", cidr: "10.10.0.0/16" },
  { netName: "edge-pops", description: "Points of presence", cidr: "10.20.0.0/16" },
  { netName: "lab-net", description: "Engineering lab", cidr: "10.30.0.0/16" },
  { netName: "iot-sites", description: "Remote sensor sites", cidr: "10.40.0.0/16" },
  { netName: "backup-net", description: "Off-site backup replication", cidr: "10.50.0.0/16" },
] as const;
const NO_DEFAULT_NET = 2;
const READONLY_NET = 3;

type TDeviceKind = "gateway" | "server" | "laptop" | "sensor";

/** [name, kind, networks, how it checks in] — ~40 devices, some stale, some never seen, one in no VPN. */
const DEVICES: ReadonlyArray<[string, TDeviceKind, number[], "live" | "stale" | "never"]> = [
  ["nyc-gw-01", "gateway", [0, 1], "live"],
  ["nyc-gw-02", "gateway", [0, 1], "live"],
  ["sfo-gw-01", "gateway", [0, 1], "live"],
  ["lon-gw-01", "gateway", [0, 1, 4], "stale"],
  ["fra-gw-01", "gateway", [1, 4], "live"],
  ["sgp-gw-01", "gateway", [1], "live"],
  ["syd-gw-01", "gateway", [1, 3], "stale"],
  ["lab-gw-01", "gateway", [2], "live"],
  ["iot-hub-01", "gateway", [3], "live"],
  ["backup-gw-01", "gateway", [4], "live"],
  ["db-primary", "server", [0, 4], "live"],
  ["db-replica", "server", [0, 4], "live"],
  ["build-runner-1", "server", [2], "live"],
  ["build-runner-2", "server", [2], "stale"],
  ["build-runner-3", "server", [2], "never"],
  ["nas-01", "server", [0, 4], "live"],
  ["grafana-01", "server", [0, 3], "live"],
  ["vault-01", "server", [0], "live"],
  ["ci-cache", "server", [2], "live"],
  ["monitor-01", "server", [0, 1, 3], "live"],
  ["laptop-amara", "laptop", [0, 2], "live"],
  ["laptop-jonas", "laptop", [0], "stale"],
  ["laptop-priya", "laptop", [0, 2], "live"],
  ["laptop-mateo", "laptop", [0], "live"],
  ["laptop-yuki", "laptop", [0, 2], "stale"],
  ["laptop-olu", "laptop", [0], "never"],
  ["laptop-sven", "laptop", [0], "live"],
  ["laptop-lea", "laptop", [0, 2], "live"],
  ["phone-amara", "laptop", [0], "stale"],
  ["tablet-field-1", "laptop", [3], "never"],
  ["pi-sensor-01", "sensor", [3], "live"],
  ["pi-sensor-02", "sensor", [3], "live"],
  ["pi-sensor-03", "sensor", [3], "stale"],
  ["pi-sensor-04", "sensor", [3], "live"],
  ["pi-sensor-05", "sensor", [3], "live"],
  ["pi-sensor-06", "sensor", [3], "never"],
  ["pi-sensor-07", "sensor", [3], "live"],
  ["pi-camera-01", "sensor", [3], "live"],
  ["pi-camera-02", "sensor", [3], "stale"],
  ["weather-station", "sensor", [3], "live"],
  ["spare-laptop", "laptop", [], "never"],
];

type TExtraSecret = "service" | "ezcode" | "instance" | "push" | "voip";

/** The devices that carry more secrets than their own apiKey, as Nettica's devices do. */
const EXTRA_SECRETS: Record<string, TExtraSecret[]> = {
  "fra-gw-01": ["service"],
  "backup-gw-01": ["service"],
  "build-runner-1": ["instance"],
  "build-runner-2": ["instance"],
  "build-runner-3": ["instance"],
  "laptop-olu": ["ezcode"],
  "phone-amara": ["push", "voip"],
  "tablet-field-1": ["ezcode", "push"],
  "spare-laptop": ["ezcode"],
};

const PLATFORMS: Record<TDeviceKind, ReadonlyArray<[platform: string, os: string, arch: string]>> = {
  gateway: [["Linux", "linux", "amd64"], ["Linux", "linux", "arm64"]],
  server: [["Linux", "linux", "amd64"], ["Windows", "windows", "amd64"]],
  laptop: [["MacOS", "darwin", "arm64"], ["Windows", "windows", "amd64"], ["Linux", "linux", "amd64"], ["iOS", "ios", "arm64"]],
  sensor: [["Linux", "linux", "arm"], ["Linux", "linux", "arm64"]],
};

export function buildNetticaState(random: TRandom, now: number, keys: { accountKey: string; suspendedKey: string }): TNetticaState {
  const accountId = `account-${random.alnum(12)}`;
  // Its own stream, so the secrets added later leave every other generated value as it was.
  const secretRandom = random.fork("device-secrets");
  const key = () => Buffer.from(random.bytes(32)).toString("base64");
  const settings = (partial: Partial<TNetticaSettingsRecord>): TNetticaSettingsRecord => ({
    endpoint: "",
    address: [],
    allowedIPs: [],
    dns: [],
    listenPort: 0,
    mtu: 0,
    persistentKeepalive: 0,
    publicKey: "",
    privateKey: "",
    presharedKey: "",
    ...partial,
  });

  const nets: TNetticaNetRecord[] = NETWORKS.map((net, index) => ({
    id: `net-${random.alnum(12)}`,
    netName: net.netName,
    description: net.description,
    accountid: accountId,
    tags: index === 3 ? ["iot"] : [],
    createdBy: ACCOUNT_EMAIL,
    updatedBy: ACCOUNT_EMAIL,
    created: CREATED_BASE + index * DAY,
    updated: CREATED_BASE + (index + 30) * DAY,
    forceUpdate: false,
    critical: index === 0,
    ...(index === READONLY_NET ? { readonly: true } : {}),
    policies: { userEndpoints: index !== READONLY_NET, onlyEndpoints: index === READONLY_NET },
    cidr: net.cidr,
    default:
      index === NO_DEFAULT_NET
        ? null
        : settings({
            allowedIPs: [net.cidr],
            dns: index === 0 ? ["10.10.0.1"] : [],
            mtu: 1420,
            persistentKeepalive: 23,
          }),
  }));

  const devices: TNetticaDeviceRecord[] = [];
  const vpns: TNetticaVpnRecord[] = [];
  const hostIndex = NETWORKS.map(() => 10);

  DEVICES.forEach(([name, kind, netIndexes, checkIn], deviceIndex) => {
    const [platform, os, arch] = random.pick(PLATFORMS[kind]);
    const checkInterval = kind === "sensor" ? random.pick([10, 30, 60]) : 10;
    const created = CREATED_BASE + random.int(0, 200) * DAY + random.int(0, DAY - 1);
    const device: TNetticaDeviceRecord = {
      id: `device-${random.alnum(12)}`,
      name,
      description: describe(name, kind),
      accountid: accountId,
      server: "https://my.nettica.com",
      enable: true,
      tags: kind === "gateway" ? ["gateway"] : kind === "sensor" ? ["iot"] : [],
      platform,
      os,
      arch,
      version: random.pick(["2.7.1", "2.7.3", "2.8.0"]),
      checkInterval,
      createdBy: ACCOUNT_EMAIL,
      updatedBy: ACCOUNT_EMAIL,
      created,
      updated: created + random.int(1, 60) * DAY,
      liveness: liveness(checkIn, random, now),
      logging: "",
      updateKeys: false,
      registered: true,
      apiKey: `device-api-${random.alnum(32)}`,
      ...extraSecrets(EXTRA_SECRETS[name] ?? [], secretRandom),
    };
    devices.push(device);

    netIndexes.forEach((netIndex, position) => {
      const net = nets[netIndex];
      const [a, b] = net.cidr.split(".");
      const host = hostIndex[netIndex]++;
      const isGateway = kind === "gateway";
      const role = isGateway && position === 0 && netIndex === 1 ? (deviceIndex % 2 === 0 ? "Ingress" : "Egress") : undefined;
      const stamp = device.created + random.int(0, 5) * DAY;
      vpns.push({
        id: `vpn-${random.alnum(12)}`,
        name: `${name}.${net.netName}`,
        netid: net.id,
        netName: net.netName,
        deviceid: device.id,
        role,
        enable: !(kind === "laptop" && random.chance(0.1)),
        failover: 0,
        failCount: 0,
        tags: [],
        createdBy: ACCOUNT_EMAIL,
        updatedBy: ACCOUNT_EMAIL,
        created: stamp,
        updated: stamp + random.int(0, 20) * DAY,
        current: settings({
          endpoint: isGateway ? `198.51.100.${10 + deviceIndex}:51820` : "",
          address: [`${a}.${b}.${Math.floor(host / 250)}.${host % 250}/32`],
          allowedIPs: [net.cidr],
          dns: net.default?.dns ?? [],
          listenPort: isGateway ? 51820 : 0,
          mtu: 1420,
          persistentKeepalive: isGateway ? 0 : 23,
          publicKey: key(),
          privateKey: key(),
          presharedKey: random.chance(0.5) ? key() : "",
        }),
        default: net.default && { ...net.default },
      });
    });
  });

  return {
    ...keys,
    accountId,
    email: ACCOUNT_EMAIL,
    suspended: false,
    limitedNetIds: null,
    devices: new Map(devices.map((device) => [device.id, device])),
    vpns: new Map(vpns.map((vpn) => [vpn.id, vpn])),
    nets: new Map(nets.map((net) => [net.id, net])),
    oddDevices: [],
  };
}

function extraSecrets(kinds: TExtraSecret[], random: TRandom): Partial<TNetticaDeviceRecord> {
  const extra: Partial<TNetticaDeviceRecord> = {};
  for (const kind of kinds) {
    if (kind === "service") Object.assign(extra, { serviceGroup: `svc-${random.alnum(12)}`, serviceApiKey: `service-api-${random.alnum(32)}` });
    // An enrolment code belongs to a device that has not registered yet.
    if (kind === "ezcode") Object.assign(extra, { ezcode: `ez-${random.alnum(12)}`, registered: false });
    if (kind === "instance") extra.instanceid = `i-0${random.hex(16)}`;
    if (kind === "push") extra.push = random.hex(64);
    if (kind === "voip") extra.voip = random.hex(64);
  }
  return extra;
}

function liveness(checkIn: "live" | "stale" | "never", random: TRandom, now: number): TNetticaLiveness {
  if (checkIn === "never") return { kind: "never" };
  if (checkIn === "stale") {
    const silentFor = random.pick([20 * 60_000, 3 * 3_600_000, 26 * 3_600_000, 9 * DAY]);
    return { kind: "dead", lastSeenAt: now - silentFor - random.int(0, 59_999) };
  }
  return { kind: "live", phaseMs: random.int(0, 59_999) };
}

function describe(name: string, kind: TDeviceKind): string {
  if (kind === "gateway") return `WireGuard gateway ${name.split("-")[0].toUpperCase()}`;
  if (kind === "laptop") return `Staff device (${name.split("-").slice(1).join(" ")})`;
  if (kind === "sensor") return "Field device";
  return "";
}
