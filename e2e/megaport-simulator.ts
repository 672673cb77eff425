import { expect, type Page } from "@playwright/test";
import { generateSync } from "otplib";
import { MEGAPORT_CREDENTIALS } from "../simulators/credentials";
import { addConnection, simulatorUrl } from "./support";

export const megaportUrl = `${simulatorUrl}/megaport`;
export const megaportAuthUrl = `${simulatorUrl}/megaport-auth`;
export const LOGIN_ROUTE = "POST /v2/login";
export const { serviceAgent, mfaUser } = MEGAPORT_CREDENTIALS;
export const netops = { username: MEGAPORT_CREDENTIALS.username, password: MEGAPORT_CREDENTIALS.password };

type TAccount = { username: string; password: string };
export type TVendorEnd = { productUid: string; productName: string; vlan: number | null; locationDetail: { name: string; city: string; country: string } | null };
export type TVendorVxc = { productUid: string; productName: string; provisioningStatus: string; rateLimit: number; shutdown: boolean; aEnd: TVendorEnd; bEnd: TVendorEnd };
export type TVendorProduct = { productUid: string; productName: string; productType: string; companyName: string; provisioningStatus: string; associatedVxcs: TVendorVxc[]; associatedIxs: unknown[] };
export type TVendorLogin = { session: string; companyId: number; companyUid: string; permissions: Record<string, string[]> };
export type TVendorCompany = { companyId: number; companyUid: string; companyName: string; legalName: string };

/** The code an authenticator app would show now for `secret`. */
export const totpNow = (secret: string) => generateSync({ secret, epoch: Math.floor(Date.now() / 1000) });

/** Megaport's own login object (data of POST /v2/login), read straight from the simulator as a curl would. */
export async function vendorLogin(account: TAccount): Promise<TVendorLogin> {
  const response = await fetch(`${megaportUrl}/v2/login`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(account).toString() });
  expect(response.status).toBe(200);
  return ((await response.json()) as { data: TVendorLogin }).data;
}

async function vendorGet<T>(session: string, path: string): Promise<T> {
  const response = await fetch(`${megaportUrl}${path}`, { headers: { "X-Auth-Token": session } });
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
}

/** The signed-in company's services as Megaport lists them, types upper-cased as megaportgo reads them. */
export async function vendorProducts(session: string): Promise<TVendorProduct[]> {
  const { data } = await vendorGet<{ data: TVendorProduct[] }>(session, "/v2/products");
  return data.map((product) => ({ ...product, productType: product.productType.toUpperCase() }));
}

/** A company as the legacy /secure call answers it (bare, no envelope), by company id or uid. */
export const vendorCompany = (session: string, company: string | number) => vendorGet<TVendorCompany>(session, `/secure/party/company/${company}`);

/** How many requests the simulator answered on one route ("POST /v2/login"). */
export async function simulatorCount(route: string): Promise<number> {
  const stats = (await (await fetch(`${megaportUrl}/_sim/stats`)).json()) as { byRoute: Record<string, number> };
  return stats.byRoute[route] ?? 0;
}

/** Every session and OAuth token stops working: Megaport's next answer to them is 401. */
export async function invalidateSessions() {
  expect((await fetch(`${megaportUrl}/_sim/sessions/invalidate`, { method: "POST" })).status).toBe(204);
}

/** Overwrites fields of one product as Megaport would send them, e.g. a shape Patchbay does not know. */
export async function changeProduct(productUid: string, fields: Record<string, unknown>) {
  expect((await fetch(`${megaportUrl}/_sim/products/${productUid}/fields`, { method: "POST", body: JSON.stringify(fields) })).status).toBe(204);
}

/** Fresh seeded data (same uids), no sessions. */
export const resetMegaport = async () => expect((await fetch(`${megaportUrl}/_sim/reset`, { method: "POST" })).status).toBe(204);

/** Adds a Megaport connection through the console's API, as an admin would in Settings → Connections. */
export async function addMegaportConnection(page: Page, name: string, values: Record<string, string>) {
  return addConnection(page, { vendor: "megaport", name, baseUrl: megaportUrl, values });
}
