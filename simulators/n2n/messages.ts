import { hashSeed } from "../random";
import type { TN2nDevice, TN2nSensorKind } from "./records";

/** How far back uplinks go. */
export const HISTORY_MS = 7 * 86_400_000;

type TChannel = { type: string; label?: string; unit?: string; base: number; swing: number; decimals: number };

const CHANNELS: Record<TN2nSensorKind, TChannel[]> = {
  environment: [
    { type: "temperature", label: "Temperature", unit: "°C", base: 22, swing: 3, decimals: 1 },
    { type: "humidity", label: "Humidity", unit: "%", base: 45, swing: 12, decimals: 0 },
    { type: "co2", label: "CO2", unit: "ppm", base: 650, swing: 300, decimals: 0 },
    { type: "light", unit: "lux", base: 300, swing: 280, decimals: 0 },
    { type: "batteryVoltage", label: "Battery", unit: "V", base: 3.6, swing: 0.05, decimals: 2 },
  ],
  "water-meter": [
    { type: "pulseCount", label: "Flow", unit: "L", base: 120, swing: 110, decimals: 0 },
    { type: "batteryVoltage", label: "Battery", unit: "V", base: 3.55, swing: 0.05, decimals: 2 },
  ],
  soil: [
    { type: "soilMoisture", label: "Soil moisture", unit: "%", base: 32, swing: 9, decimals: 1 },
    { type: "soilTemperature", label: "Soil temperature", unit: "°C", base: 17, swing: 5, decimals: 1 },
    { type: "conductivity", unit: "uS/cm", base: 410, swing: 80, decimals: 0 },
    { type: "batteryVoltage", label: "Battery", unit: "V", base: 3.4, swing: 0.1, decimals: 2 },
  ],
  tank: [
    { type: "distance", label: "Level distance", unit: "mm", base: 1400, swing: 600, decimals: 0 },
    { type: "batteryVoltage", label: "Battery", unit: "V", base: 3.6, swing: 0.04, decimals: 2 },
  ],
  tracker: [
    { type: "latitude", unit: "deg", base: -33.87, swing: 0.2, decimals: 5 },
    { type: "longitude", unit: "deg", base: 151.21, swing: 0.2, decimals: 5 },
    { type: "batteryVoltage", label: "Battery", unit: "V", base: 4.1, swing: 0.2, decimals: 2 },
  ],
  weather: [
    { type: "temperature", label: "Air temperature", unit: "°C", base: 19, swing: 7, decimals: 1 },
    { type: "humidity", label: "Humidity", unit: "%", base: 60, swing: 25, decimals: 0 },
    { type: "rainfall", label: "Rainfall", unit: "mm", base: 1.2, swing: 1.2, decimals: 1 },
    { type: "windSpeed", label: "Wind", unit: "m/s", base: 4, swing: 3.5, decimals: 1 },
  ],
  pump: [
    { type: "pressure", label: "Pressure", unit: "kPa", base: 320, swing: 60, decimals: 0 },
    { type: "flowRate", label: "Flow", unit: "L/min", base: 140, swing: 120, decimals: 0 },
    { type: "voltage", label: "Supply", unit: "V", base: 12.4, swing: 0.4, decimals: 2 },
  ],
};

/** Older integrations still read these kinds in the flat shape (type "uplink", port, fCnt). */
const FLAT_KINDS: ReadonlySet<TN2nSensorKind> = new Set(["water-meter"]);
const INGESTED_KINDS: ReadonlySet<TN2nSensorKind> = new Set(["weather", "pump"]);
export const isIngested = (device: TN2nDevice) => INGESTED_KINDS.has(device.kind);

const GATEWAYS = ["FF0104D4", "FF0108A2", "FF0111C7", "FF01200B"];

/** Epoch ms of the newest uplink at `now`, or null before the device ever sent one. */
export function newestUplinkTs(device: TN2nDevice, now: number): number | null {
  const until = Math.min(now, device.silentSince ?? now);
  const newest = until - ((((until - device.phaseMs) % device.periodMs) + device.periodMs) % device.periodMs);
  return newest >= device.createdAt ? newest : null;
}

/** Uplinks newest first, `skip` then `limit` of them, within the history window. */
export function uplinks(device: TN2nDevice, now: number, skip: number, limit: number, fromTs = now - HISTORY_MS) {
  const newest = newestUplinkTs(device, now);
  if (newest === null) return [];
  const oldest = Math.max(fromTs, device.createdAt);
  const messages = [];
  for (let k = skip; k < skip + limit; k++) {
    const ts = newest - k * device.periodMs;
    if (ts < oldest) break;
    messages.push(uplink(device, ts));
  }
  return messages;
}

/** One uplink, the same every time it is asked for: its values come from the device and time. */
export function uplink(device: TN2nDevice, ts: number) {
  const fCnt = Math.floor((ts - device.createdAt) / device.periodMs);
  const noise = (salt: string) => (hashSeed(`${device.deviceId}/${fCnt}/${salt}`) % 10_000) / 10_000;
  const day = Math.sin(((ts % 86_400_000) / 86_400_000) * 2 * Math.PI);
  const readingList = CHANNELS[device.kind].map((channel, index) => {
    const value = channel.base + channel.swing * (0.7 * day + 0.3 * (noise(channel.type) * 2 - 1));
    return {
      channelId: index + 1,
      type: channel.type,
      value: Number(value.toFixed(channel.decimals)),
      ...(channel.label ? { label: channel.label } : {}),
      ...(channel.unit ? { unit: channel.unit } : {}),
    };
  });
  // Ingested (non-LoRaWAN) devices send readings only: no payload, no radio.
  if (isIngested(device)) return { deviceId: device.deviceId, deviceType: device.deviceType, ts, readingList };
  const hexPayload = readingList
    .map((r) => r.channelId.toString(16).padStart(2, "0") + (Math.round(Math.abs(r.value) * 10) & 0xffff).toString(16).padStart(4, "0"))
    .join("");
  const port = device.kind === "tracker" ? 2 : 5;
  const rssi = -Math.round(62 + noise("rssi") * 56);
  const snr = Number((noise("snr") * 22 - 12).toFixed(1));
  const lrrId = GATEWAYS[hashSeed(`${device.deviceId}/${fCnt}`) % GATEWAYS.length];
  const spFact = 7 + Math.floor(noise("sf") * 6);
  if (FLAT_KINDS.has(device.kind)) {
    return {
      hexPayload,
      type: "uplink",
      deviceId: device.deviceId,
      port,
      ts,
      fCnt,
      network: { type: "loraWan", source: "actility", loraWan: { rssi, snr, lrrId, spFact, channel: `LC${1 + Math.floor(noise("ch") * 8)}`, devAddr: device.deviceId.slice(-8) } },
      readingList,
    };
  }
  // The published shape (docs.nnnco.io, MQTT and data subscriptions): port and counter live under network.loraWan.
  return {
    deviceId: device.deviceId,
    hexPayload,
    deviceType: device.deviceType,
    network: {
      type: "loraWan",
      source: "actility",
      loraWan: {
        lrrTs: ts - 1_500,
        loraPort: port,
        uplinkCnt: fCnt,
        adrBit: 1,
        mType: 2,
        lrcId: "00000231",
        rssi,
        snr,
        spFact,
        subBand: "G0",
        lrrCnt: 1,
        lrrId,
        late: false,
        lrrList: [{ lrrId, chain: 0, rssi, snr, esp: Number((rssi - 0.5).toFixed(5)) }],
      },
    },
    ts,
    readingList,
  };
}

/** Every reading of the window as CSV, one line per reading, oldest first. */
export function readingsCsv(device: TN2nDevice, now: number, fromTs: number, toTs: number): string {
  const rows = ["ts,isoTime,deviceId,channelId,type,label,value,unit"];
  const messages = uplinks(device, Math.min(now, toTs), 0, Number.MAX_SAFE_INTEGER, fromTs).reverse();
  for (const message of messages) {
    for (const r of message.readingList) {
      rows.push([message.ts, new Date(message.ts).toISOString(), message.deviceId, r.channelId, r.type, csv(r.label ?? ""), r.value, csv(r.unit ?? "")].join(","));
    }
  }
  return `${rows.join("\n")}\n`;
}

function csv(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
