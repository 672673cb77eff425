import { expect, type Page } from "@playwright/test";
import { generateSync } from "otplib";
import { PNG } from "pngjs";
import jsQR from "jsqr";
import { ACRETO_CREDENTIALS } from "../simulators/credentials";
import { addConnection, simulatorUrl } from "./support";

export const acretoUrl = `${simulatorUrl}/acreto`;
export const { admin: acretoAdmin, mfaUser } = ACRETO_CREDENTIALS;
export const COMMIT_ROUTE = "POST /customers/:customer/ecosystems/:ecosystem/commits";
export const LOGIN_ROUTE = "POST /auth/login";

type TStats = { total: number; byRoute: Record<string, number>; byStatus: Record<string, number> };
export type TVendorThing = { uuid: string; name: string; type: string; category: string; assetValue: number; profileGroup: string; expiry: { time: string; type: string } | null };

async function control(path: string, body?: unknown): Promise<Response> {
  const response = await fetch(`${acretoUrl}/_sim${path}`, { method: body === undefined ? "GET" : "POST", headers: { "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
  expect(response.ok, path).toBe(true);
  return response;
}

/** Fresh seeded data, default settings, no stats. */
export const resetAcreto = () => control("/reset", {});
export const configureAcreto = (settings: { tokenTtlSeconds?: number; commitDurationMs?: number; commitOutcome?: "ok" | "ecosystem_error" }) => control("/settings", settings);
export const clearAcretoStats = async () => expect((await fetch(`${acretoUrl}/_sim/stats`, { method: "DELETE" })).status).toBe(204);
export const acretoStats = async () => (await (await control("/stats")).json()) as TStats;

/** The code an authenticator app would show now for `secret`. */
export const totpNow = (secret: string) => generateSync({ secret, epoch: Math.floor(Date.now() / 1000) });


/** Adds an Acreto connection through the console's API, as an admin would in Settings → Connections. */
export async function addAcretoConnection(page: Page, name: string, account: { username: string; password: string }, mfaSeed?: string) {
  const values: Record<string, string> = { username: account.username, password: account.password, ...(mfaSeed ? { totpSecret: mfaSeed } : {}) };
  return addConnection(page, { vendor: "acreto", name, baseUrl: acretoUrl, values });
}

async function adminLogin() {
  const login = await fetch(`${acretoUrl}/auth/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(acretoAdmin) });
  expect(login.status).toBe(200);
  return (await login.json()) as { accessToken: string; customers: { name: string; uuid: string }[] };
}

/** An access token of the simulator's admin account (no MFA), for changing data behind the console's back. */
export const vendorLogin = async () => (await adminLogin()).accessToken;

/** Acreto's own answer, read with the simulator's admin account, to check what the console did. */
export async function vendorGet<T>(path: string): Promise<T> {
  const { accessToken, customers } = await adminLogin();
  const resolved = path.replace(/^customer:([^/]+)/, (_m, name: string) => `customers/${customers.find((c) => c.name === name)!.uuid}`);
  const response = await fetch(`${acretoUrl}/${resolved}`, { headers: { Authorization: `Bearer ${accessToken}` } });
  expect(response.status, resolved).toBe(200);
  return (await response.json()) as T;
}

/** The uuids of a customer's ecosystem, by their names. */
export async function ecosystemRef(customerName: string, ecosystemName: string) {
  const customer = (await adminLogin()).customers.find((c) => c.name === customerName)!.uuid;
  const ecosystems = await vendorGet<{ name: string; uuid: string }[]>(`customer:${customerName}/ecosystems`);
  return { customer, ecosystem: ecosystems.find((e) => e.name === ecosystemName)!.uuid };
}

/** Reads the QR code in a PNG (a screenshot), as a phone's camera would. */
export function decodeQr(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
}
