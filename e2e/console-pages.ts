import { expect, type Page } from "@playwright/test";
import { demoConnections } from "../scripts/demo/demo-connections";
import { SIMULATOR_CREDENTIALS } from "../simulators/credentials";
import { simulatorUrls } from "./support";

export type TConsolePage = { name: string; path: string };

const urls = simulatorUrls;

/**
 * Every page of the console, with one connection per vendor (as the demo seeds them) so each shows
 * data: the lists and one record of each kind. Returns the pages and the ids of the connections
 * added, which `removeTour` deletes.
 */
export async function tourPages(page: Page): Promise<{ pages: TConsolePage[]; connections: string[] }> {
  const origin = new URL(page.url()).origin;
  const ids: Record<string, string> = {};
  for (const connection of demoConnections(urls, SIMULATOR_CREDENTIALS)) {
    const response = await page.request.post("/api/connections", { headers: { origin }, data: { ...connection, name: `${connection.name} · tour` } });
    expect(response.status(), connection.vendor).toBe(201);
    ids[connection.vendor] = ((await response.json()) as { connection: { id: string } }).connection.id;
  }
  const api = async <T>(path: string): Promise<T> => {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(200);
    return (await response.json()) as T;
  };
  const q = (vendor: string) => `?connection=${ids[vendor]}`;
  const devices = (await api<{ devices: { id: string; name: string }[] }>(`/api/v/nettica/${ids.nettica}/devices`)).devices;
  const gateway = devices.find((device) => device.name === "nyc-gw-01") ?? devices[0]!;
  const customers = (await api<{ customers: { uuid: string; ecosystems: { uuid: string; status: string }[] }[] }>(`/api/v/acreto/${ids.acreto}/customers`)).customers;
  const customer = customers.find((c) => c.ecosystems.length > 0)!;
  const sensors = (await api<{ devices: { deviceId: string; name: string }[] }>(`/api/v/n2n/${ids.n2n}/devices?limit=10&skip=0`)).devices;
  const services = (await api<{ services: { uid: string; status: string; type: string }[] }>(`/api/v/megaport/${ids.megaport}/services`)).services;
  const service = services.find((s) => s.status === "LIVE" && s.type === "MCR2") ?? services[0]!;
  return {
    connections: Object.values(ids),
    pages: [
      { name: "overview", path: "/" },
      { name: "nettica", path: `/nettica${q("nettica")}` },
      { name: "nettica-device", path: `/nettica/devices/${gateway.id}${q("nettica")}` },
      { name: "acreto", path: `/acreto${q("acreto")}` },
      { name: "acreto-ecosystem", path: `/acreto/${customer.uuid}/${customer.ecosystems[0]!.uuid}${q("acreto")}` },
      { name: "acreto-mfa", path: `/acreto/mfa${q("acreto")}` },
      { name: "ipam", path: `/ipam${q("provision")}` },
      { name: "n2n", path: `/n2n${q("n2n")}` },
      { name: "n2n-device", path: `/n2n/devices/${sensors.find((s) => s.name)?.deviceId ?? sensors[0]!.deviceId}${q("n2n")}` },
      { name: "megaport", path: `/megaport${q("megaport")}` },
      { name: "megaport-services", path: `/megaport/services${q("megaport")}` },
      { name: "megaport-service", path: `/megaport/services/${service.uid}${q("megaport")}` },
      { name: "alerts", path: "/alerts" },
      { name: "audit", path: "/audit" },
      { name: "settings-connections", path: "/settings/connections" },
      { name: "settings-users", path: "/settings/users" },
      { name: "settings-security", path: "/settings/security" },
    ],
  };
}

export async function removeTour(page: Page, connections: string[]) {
  const origin = new URL(page.url()).origin;
  for (const id of connections) await page.request.delete(`/api/connections/${id}`, { headers: { origin } });
}

/** The page has drawn its data: no "Loading…" or busy part left (or 15 s passed). */
export async function settled(page: Page) {
  await page.waitForLoadState("networkidle").catch(() => undefined);
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 15_000 }).catch(() => undefined);
  await expect(page.getByText(/^Loading/)).toHaveCount(0, { timeout: 15_000 }).catch(() => undefined);
}
