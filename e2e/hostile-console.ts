import { expect, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { demoConnections } from "../scripts/demo/demo-connections";
import { SIMULATOR_CREDENTIALS } from "../simulators/credentials";
import type { TSimulatorUrls } from "../simulators";
import { E2E } from "../playwright.config";
import { signIn, simulatorUrls } from "./support";

/** The console's own origin: every change the specs send carries it, as the browser would. */
export const consoleOrigin = `http://127.0.0.1:${E2E.consolePort}`;
export const originHeader = { origin: consoleOrigin };

export type TRole = "viewer" | "operator" | "admin";
export type TConsoleUser = { email: string; password: string };
export type TConnectionRef = { id: string; vendor: string; name: string };

/** The shared simulators of the e2e run (playwright.config.ts starts them). */
export const sharedSimulatorUrls: TSimulatorUrls = simulatorUrls;

/** One connection per vendor, as the demo seeds them, named so a spec finds (and deletes) its own. */
export async function addDemoConnections(request: APIRequestContext, urls: TSimulatorUrls, label: string): Promise<TConnectionRef[]> {
  const added: TConnectionRef[] = [];
  for (const connection of demoConnections(urls, SIMULATOR_CREDENTIALS)) {
    const response = await request.post("/api/connections", { headers: originHeader, data: { ...connection, name: `${connection.name} ${label} ${Date.now()}` } });
    expect(response.status(), `add ${connection.vendor} connection`).toBe(201);
    const { connection: view } = (await response.json()) as { connection: TConnectionRef };
    added.push({ id: view.id, vendor: view.vendor, name: view.name });
  }
  return added;
}

export async function removeConnections(request: APIRequestContext, connections: readonly TConnectionRef[]) {
  for (const { id } of connections) {
    const response = await request.delete(`/api/connections/${id}`, { headers: originHeader });
    expect([204, 404]).toContain(response.status());
  }
}

/** A console user of `role` (added by the admin once; later runs on the same data reuse it). */
export async function ensureUser(adminRequest: APIRequestContext, role: TRole, label: string): Promise<TConsoleUser> {
  const user = { email: `${label}-${role}@patchbay.test`, password: `${label}-${role}-password-123` };
  const response = await adminRequest.post("/api/users", { headers: originHeader, data: { ...user, name: `${label} ${role}`, role } });
  expect([201, 409], await response.text()).toContain(response.status());
  return user;
}

/** A browser context of its own, signed in through the login form; its `request` carries the session cookie. */
export async function signedInPage(browser: Browser, user: TConsoleUser): Promise<Page> {
  const context = await browser.newContext({ baseURL: consoleOrigin });
  const page = await context.newPage();
  await signIn(page, user);
  return page;
}
