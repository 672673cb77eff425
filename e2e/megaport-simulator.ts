import { expect, type Page } from "@playwright/test";
import { MEGAPORT_CREDENTIALS } from "../simulators/credentials";
import { addConnection, simulatorUrl } from "./support";

export const megaportUrl = `${simulatorUrl}/megaport`;
export const megaportAuthUrl = `${simulatorUrl}/megaport-auth`;
export const LOGIN_ROUTE = "POST /login";
export const { serviceAgent } = MEGAPORT_CREDENTIALS;
export const netops = { username: MEGAPORT_CREDENTIALS.username, password: MEGAPORT_CREDENTIALS.password };

type TAccount = { username: string; password: string };
export type TVendorEnd = { productUid: string; productName: string; vlan: number | null; locationDetail: { name: string; city: string; country: string } | null };
export type TVendorVxc = { productUid: string; productName: string; provisioningStatus: string; rateLimit: number; aEnd: TVendorEnd; bEnd: TVendorEnd };
export type TVendorProduct = { productUid: string; productName: string; productType: string; companyName: string; provisioningStatus: string; associatedVxcs: TVendorVxc[]; associatedIxs: unknown[] };
export type TVendorLogin = { session: string; companyId: number; permissions: Record<string, string[]> };

/** Megaport's own login object, read straight from the simulator as the seed's curl would. */
export async function vendorLogin(account: TAccount): Promise<TVendorLogin> {
  const response = await fetch(`${megaportUrl}/login`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(account).toString() });
  expect(response.status).toBe(200);
  return (await response.json()) as TVendorLogin;
}

/** One company's services as Megaport lists them, to check what the console shows. */
export async function vendorProducts(session: string, companyId: number): Promise<TVendorProduct[]> {
  const response = await fetch(`${megaportUrl}/v2/products?companyId=${companyId}`, { headers: { "X-Auth-Token": session } });
  expect(response.status).toBe(200);
  return ((await response.json()) as { data: TVendorProduct[] }).data;
}

/** How many requests the simulator answered on one route ("POST /login"). */
export async function simulatorCount(route: string): Promise<number> {
  const stats = (await (await fetch(`${megaportUrl}/_sim/stats`)).json()) as { byRoute: Record<string, number> };
  return stats.byRoute[route] ?? 0;
}

/** Every session and OAuth token stops working: Megaport's next answer to them is 401. */
export async function invalidateSessions() {
  expect((await fetch(`${megaportUrl}/_sim/sessions/invalidate`, { method: "POST" })).status).toBe(204);
}

/** Adds a Megaport connection through the console's API, as an admin would in Settings → Connections. */
export async function addMegaportConnection(page: Page, name: string, values: Record<string, string>) {
  return addConnection(page, { vendor: "megaport", name, baseUrl: megaportUrl, values });
}

