import { expect, type Page } from "@playwright/test";
import { N2N_CREDENTIALS } from "../simulators/credentials";
import { addConnection, simulatorUrl } from "./support";

export const n2nUrl = `${simulatorUrl}/n2n`;
export const DEVICES_ROUTE = "GET /devices";

type TStats = { total: number; throttled: number; byRoute: Record<string, number>; byStatus: Record<string, number> };
export type TSimDevice = { deviceId: string; name: string; enterpriseId: string; deviceType: string };
type TSimReading = { type: string; value: number; unit?: string; label?: string };
/** An uplink as N2N publishes it: port and counter under network.loraWan (no top-level type, port or fCnt). */
export type TSimUplink = { ts: number; network: { loraWan: { loraPort: number; uplinkCnt: number; rssi: number; snr: number; lrrId: string } }; readingList: TSimReading[] };
/** The flat shape some devices still send. */
export type TSimFlatUplink = { ts: number; type: "uplink"; port: number; fCnt: number; readingList: TSimReading[] };
/** A non-LoRaWAN device's message: readings only. */
export type TSimIngestedMessage = { ts: number; readingList: TSimReading[] };

async function control(path: string, init: { method?: string; body?: unknown } = {}): Promise<Response> {
  const response = await fetch(`${n2nUrl}/_sim${path}`, {
    method: init.method ?? (init.body === undefined ? "GET" : "POST"),
    headers: { "content-type": "application/json" },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  expect(response.ok, path).toBe(true);
  return response;
}

export const resetN2n = () => control("/reset", { body: {} });
/** The next matching request fails this way (the simulators' shared fault queue). */
export const queueN2nFault = (fault: Record<string, unknown>) => control("/faults/next", { body: fault });
export const n2nStats = async () => (await (await control("/stats")).json()) as TStats;

/** The key's TPS on N2N's side; both quota counters start again from zero and the stats are cleared. */
export async function setKeyTps(tps: number, apiKey: string = N2N_CREDENTIALS.apiKey) {
  await control(`/apikeys/${apiKey}/limits`, { body: { tps } });
  await control("/quotas/reset", { body: {} });
  await control("/stats", { method: "DELETE" });
}

const basic = { Authorization: `Basic ${Buffer.from(`api:${N2N_CREDENTIALS.apiKey}`).toString("base64")}` };

/**
 * Reads the simulator's truth with the key, as N2N sends it. These calls use the key's quota, so the
 * key gets room for them first; callers set the TPS they test with afterwards (setKeyTps).
 */
async function read<T>(path: string): Promise<T> {
  await control(`/apikeys/${N2N_CREDENTIALS.apiKey}/limits`, { body: { tps: 100 } });
  const response = await fetch(`${n2nUrl}${path}`, { headers: basic });
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
}

export const simDevices = () => read<TSimDevice[]>("/devices?limit=1000");
export const simUplinks = <T = TSimUplink>(deviceId: string, limit: number) => read<T[]>(`/devices/${deviceId}/messages?limit=${limit}`);
export const simDevice = (deviceId: string) => read<TSimDevice & { enrolment?: Record<string, unknown> }>(`/devices/${deviceId}`);

/** Whether N2N still knows the device (its own GET /devices/{id} answers 200, not 404). */
export async function isEnrolledAtN2n(deviceId: string): Promise<boolean> {
  await control(`/apikeys/${N2N_CREDENTIALS.apiKey}/limits`, { body: { tps: 100 } });
  const response = await fetch(`${n2nUrl}/devices/${deviceId}`, { headers: basic });
  expect([200, 404], deviceId).toContain(response.status);
  return response.status === 200;
}

/**
 * Another program using the same key: it grabs every call of each 5-second window as soon as the
 * window opens, for `ms` at most, so N2N answers the console with 429 meanwhile. Bounded in time.
 */
export function competeForQuota(ms: number): { stop: () => Promise<void> } {
  let running = true;
  const until = Date.now() + ms;
  const loop = (async () => {
    while (running && Date.now() < until) {
      await Promise.all(Array.from({ length: 5 }, () => fetch(`${n2nUrl}/devices?limit=10`, { headers: basic }).then((r) => r.arrayBuffer())));
      await new Promise((resolve) => setTimeout(resolve, 40));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
    },
  };
}

/** An N2N connection to the simulator with the key and a TPS setting, as an admin adds one. */
export async function addN2nConnection(page: Page, values: Record<string, string>) {
  return addConnection(page, { vendor: "n2n", name: "N2N e2e", baseUrl: n2nUrl, values });
}

