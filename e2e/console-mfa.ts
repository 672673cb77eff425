import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { generateSync } from "otplib";
import { PNG } from "pngjs";
import jsQR from "jsqr";

export type TConsoleUser = { email: string; password: string; role: "viewer" | "operator" | "admin" };

const STEP_MS = 30_000;
const currentStep = () => Math.floor(Date.now() / STEP_MS);

/** The code an authenticator app shows for `secret` in time step `step`. */
export const totpAt = (secret: string, step: number) => generateSync({ secret, epoch: step * 30 });

/**
 * A code the console has not seen yet: the current step's, or the next one's (one step of drift is
 * allowed); waits only when even that was used, as a person would wait for the app's next code.
 */
export async function freshTotp(secret: string, lastStep: number | null): Promise<{ code: string; step: number }> {
  let step = currentStep();
  if (lastStep !== null && step <= lastStep) step = lastStep + 1;
  const waitMs = (step - 1) * STEP_MS - Date.now() + 200;
  if (waitMs > 0) await new Promise((resolve) => setTimeout(resolve, waitMs));
  return { code: totpAt(secret, step), step };
}

/** Reads a QR code from a PNG screenshot, as a phone's camera would. */
export function decodeQr(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
}

const origin = (page: Page) => ({ origin: new URL(page.url()).origin });

/** Adds a console user through the admin API (the page must be signed in as an admin). */
export async function addUser(page: Page, user: TConsoleUser) {
  const response = await page.request.post("/api/users", { headers: origin(page), data: { ...user, name: "" } });
  expect(response.status(), await response.text()).toBe(201);
}

/** Turns MFA on for the signed-in user through the account API; returns the secret and the step used. */
export async function enrolThroughApi(page: Page): Promise<{ secret: string; step: number; recoveryCodes: string[] }> {
  const started = await page.request.post("/api/account/mfa/enrolment", { headers: origin(page) });
  expect(started.status()).toBe(200);
  const { secret } = (await started.json()) as { secret: string };
  const { code, step } = await freshTotp(secret, null);
  const activated = await page.request.post("/api/account/mfa/activation", { headers: origin(page), data: { code } });
  expect(activated.status(), await activated.text()).toBe(200);
  const { recoveryCodes } = (await activated.json()) as { recoveryCodes: string[] };
  return { secret, step, recoveryCodes };
}

/** Fills email and password on the login form and submits (the page is wherever the form is). */
export async function submitPassword(page: Page, user: { email: string; password: string }) {
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Sets the console-wide "require MFA" switch (as the admin `request` is signed in as). */
export async function setRequireMfa(request: APIRequestContext, baseOrigin: string, requireMfa: boolean) {
  const response = await request.put("/api/settings/security", { headers: { origin: baseOrigin }, data: { requireMfa } });
  return response;
}
