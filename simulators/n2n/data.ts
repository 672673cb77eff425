import { createHash } from "node:crypto";
import { N2N_CREDENTIALS } from "../credentials";
import type { TRandom } from "../random";
import type { TN2nDevice, TN2nSensorKind, TN2nSettings, TN2nState } from "./records";

const MINUTE = 60_000;
const DAY = 86_400_000;

type TLoraKind = Exclude<TN2nSensorKind, "weather" | "pump">;

/** Enterprises form a tree under the reseller ids; [enterprise, sensor kinds, how many devices]. */
const FLEET: ReadonlyArray<[string, TLoraKind[], number]> = [
  ["nnn.agrinet.farm-north", ["soil", "tank", "environment"], 70],
  ["nnn.agrinet.farm-south", ["soil", "tank"], 55],
  ["nnn.citywater.meters", ["water-meter"], 120],
  ["nnn.citywater.network", ["tank"], 35],
  ["nnn.smartbuild.tower-a", ["environment"], 60],
  ["nnn.smartbuild.tower-b", ["environment"], 45],
  ["nnn.logistics", ["tracker"], 65],
];

const DEVICE_TYPES: Record<TLoraKind, { type: string; eui: string; name: string }> = {
  environment: { type: "Elsys ERS CO2", eui: "A81758FFFE", name: "Room sensor" },
  "water-meter": { type: "Dingtek DC500 pulse reader", eui: "70B3D5E75E", name: "Water meter" },
  soil: { type: "Dragino LSE01 soil", eui: "A84041000181", name: "Soil probe" },
  tank: { type: "Milesight EM500-UDL level", eui: "24E124126B", name: "Tank level" },
  tracker: { type: "Digital Matter Oyster3", eui: "70B3D57050", name: "Asset tracker" },
};

/** Non-LoRaWAN devices sending through the ingestion API: [enterprise, kind, camelCase device type, id stem, name, how many]. */
const INGESTED: ReadonlyArray<[string, "weather" | "pump", string, string, string, number]> = [
  ["nnn.agrinet.farm-north", "weather", "weatherStation", "ws", "Weather station", 4],
  ["nnn.citywater.network", "pump", "pumpController", "pump", "Pump controller", 6],
];

/** An ingested device's id (docs.nnnco.io, data ingestion): md5(enterpriseId)'s first 5 hex, a dash, a custom id; N2N lower-cases it. */
export const ingestedDeviceId = (enterpriseId: string, customId: string) => `${createHash("md5").update(enterpriseId).digest("hex").slice(0, 5)}-${customId}`.toLowerCase();

function ingestedDevices(random: TRandom, now: number): TN2nDevice[] {
  return INGESTED.flatMap(([enterpriseId, kind, deviceType, stem, label, count]) =>
    Array.from({ length: count }, (_, i) => {
      const periodMs = 10 * MINUTE;
      return {
        deviceId: ingestedDeviceId(enterpriseId, `${stem}${random.int(1000, 99999)}`),
        enterpriseId,
        name: `${label} ${enterpriseId.split(".").at(-1)} ${String(i + 1).padStart(2, "0")}`,
        groupIdList: [`${enterpriseId}.master`, `${enterpriseId}.${kind}`],
        deviceType,
        kind,
        createdAt: now - random.int(30, 400) * DAY,
        periodMs,
        phaseMs: random.int(0, periodMs - 1),
      };
    }),
  );
}

export function buildN2nState(random: TRandom, now: number, settings: TN2nSettings): TN2nState {
  const enterprises = [
    "nnn",
    "nnn.agrinet",
    "nnn.citywater",
    "nnn.smartbuild",
    ...FLEET.map(([enterprise]) => enterprise),
  ];
  const devices: TN2nDevice[] = [];
  const seen = new Set<string>();
  for (const [enterpriseId, kinds, count] of FLEET) {
    for (let n = 1; n <= count; n++) {
      const kind = kinds[n % kinds.length];
      const template = DEVICE_TYPES[kind];
      let deviceId = "";
      do deviceId = (template.eui + random.hex(16 - template.eui.length)).toUpperCase();
      while (seen.has(deviceId));
      seen.add(deviceId);
      const periodMs = random.pick([10, 15, 15, 30, 60]) * MINUTE;
      const silent = random.chance(0.06);
      devices.push({
        deviceId,
        enterpriseId,
        name: `${template.name} ${enterpriseId.split(".").at(-1)} ${String(n).padStart(3, "0")}`,
        groupIdList: [`${enterpriseId}.master`, `${enterpriseId}.${kind}`],
        deviceType: template.type,
        kind,
        enrolment: {
          class: "A",
          mode: "otaa",
          otaa: { appEui: random.hex(16).toUpperCase(), appKey: random.hex(32).toUpperCase() },
        },
        createdAt: now - random.int(30, 900) * DAY,
        periodMs,
        phaseMs: random.int(0, periodMs - 1),
        silentSince: silent ? now - random.int(2, 72) * 3_600_000 : undefined,
      });
    }
  }
  // Their own stream, so the LoRaWAN fleet stays the same device for device.
  devices.push(...ingestedDevices(random.fork("ingested"), now));
  return {
    settings: { ...settings },
    enterprises,
    devices,
    apiKeys: [
      {
        id: "key-ops-automation",
        key: N2N_CREDENTIALS.apiKey,
        name: "Patchbay automation",
        level: "admin",
        tps: N2N_CREDENTIALS.tps,
        tpd: N2N_CREDENTIALS.tpd,
        groupIdList: ["nnn.master"],
        createdAt: Math.floor((now - 120 * DAY) / 1000),
      },
      {
        id: "key-dashboard-readonly",
        key: N2N_CREDENTIALS.readOnlyApiKey,
        name: "Wallboard (read-only)",
        level: "readOnly",
        tps: 5,
        tpd: 50_000,
        groupIdList: ["nnn.smartbuild.master"],
        createdAt: Math.floor((now - 45 * DAY) / 1000),
      },
    ],
    users: [{ email: N2N_CREDENTIALS.email, password: N2N_CREDENTIALS.password, level: "admin", groupIdList: ["nnn.master"] }],
    sessions: new Map(),
    quotas: new Map(),
  };
}

/** A group like "nnn.agrinet.master" opens its enterprise and everything under it. */
export function canAccess(groupIdList: string[], enterpriseId: string): boolean {
  return groupIdList.some((group) => {
    const root = group.replace(/\.master$/, "");
    return enterpriseId === root || enterpriseId.startsWith(`${root}.`);
  });
}
