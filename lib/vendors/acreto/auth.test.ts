import { randomUUID } from "node:crypto";
import { generateSync, verifySync } from "otplib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { callVendor } from "@/lib/server/upstream/call-vendor";
import { vendorErrorResponse } from "@/lib/server/upstream/error-response";
import { startTestServer, testConnectionOf, type TSeenRequest, type TTestServer } from "@/lib/server/upstream/testing/test-server";
import type { VendorError } from "@/lib/server/upstream/vendor-error";
import { testConnection } from "@/lib/server/upstream/test-connection";
import { acretoCustomers } from "./auth";

const SEED = "P3YOQUQTABCDO2S5FNDOAMMBM7NGFQKG";
const USERS: Record<string, { password: string; seed?: string }> = {
  "plain@example.com": { password: "plain-password-1" },
  "mfa@example.com": { password: "mfa-password-1", seed: SEED },
};
const MFA_BODY = { code: 16432, message: "This operation requires multi-factor authentication. Please retry with proper multi-factor authentication infromation." };

let server: TTestServer;
const tokens = new Set<string>();
const usedCodes = new Set<string>();
let logins = 0;
let acceptedCodes: string[] = [];

/** A one-time code is good once, within ±30 s, like Acreto's. */
function codeAccepted(seed: string, code: string | undefined): boolean {
  if (!code || usedCodes.has(code) || !verifySync({ secret: seed, token: code, epochTolerance: 30 }).valid) return false;
  usedCodes.add(code);
  acceptedCodes.push(code);
  return true;
}

function route(req: TSeenRequest) {
  const otp = req.headers["x-otp"] as string | undefined;
  if (req.method === "POST" && req.path === "/v2/auth/login") {
    const { username, password } = JSON.parse(req.body) as { username: string; password: string };
    const user = USERS[username];
    if (!user || user.password !== password) return { status: 401, json: { code: 401, message: "Invalid username or password" } };
    if (user.seed && !codeAccepted(user.seed, otp)) return { status: 424, json: MFA_BODY };
    logins += 1;
    const accessToken = `tok-${randomUUID()}`;
    tokens.add(accessToken);
    return { json: { accessToken, customers: [{ name: "Docs", uuid: "c-1" }] } }; // no expiry: assume 600 s
  }
  const bearer = /^Bearer (.+)$/.exec(String(req.headers.authorization ?? ""))?.[1];
  if (!bearer || !tokens.has(bearer)) return { status: 401, json: { code: 401, message: "token is expired" } };
  if (req.method === "GET" && req.path === "/v2/customers/c-1/ecosystems") return { json: [{ uuid: "e-1", name: "Docs", status: "ok" }] };
  if (req.method === "POST" && req.path === "/v2/customers/c-1/ecosystems/e-1/commits") {
    return codeAccepted(SEED, otp) ? { status: 204 } : { status: 424, json: MFA_BODY };
  }
  return { status: 404, json: { code: 404, message: "not found" } };
}

beforeAll(async () => {
  server = await startTestServer(route);
});
afterAll(() => server.close());
beforeEach(() => {
  acceptedCodes = [];
});

const connection = (values: Record<string, string>) => testConnectionOf("acreto", `${server.baseUrl}/v2`, values);
const plain = () => connection({ username: "plain@example.com", password: "plain-password-1" });
const listEcosystems = { method: "GET", path: "/customers/c-1/ecosystems" } as const;

describe("Acreto bearer login", () => {
  it("logs in once and sends the bearer token", async () => {
    const conn = plain();
    const before = logins;
    await callVendor(conn, listEcosystems);
    const result = await callVendor(conn, listEcosystems);
    expect(result.data).toEqual([{ uuid: "e-1", name: "Docs", status: "ok" }]);
    expect(logins - before).toBe(1);
    expect(await acretoCustomers(conn)).toEqual([{ name: "Docs", uuid: "c-1" }]);
  });

  it("ten concurrent calls on an expired token cause exactly one login, then each retries once", async () => {
    const conn = plain();
    await callVendor(conn, listEcosystems);
    tokens.clear(); // the vendor expires every token
    const before = logins;
    const seenBefore = server.seen.length;
    // Distinct queries so the calls are not coalesced into one.
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => callVendor(conn, { ...listEcosystems, query: { page: i } })));
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(logins - before).toBe(1);
    expect(server.seen.length - seenBefore).toBe(10 + 1 + 10); // ten refused, one login, ten retried
  });

  it("testConnection signs in and lists the first customer's ecosystems", async () => {
    expect(await testConnection(plain())).toMatchObject({ ok: true, message: 'Signed in to Acreto; customer "Docs" has 1 ecosystem.' });
  });

  it("refuses a wrong password with upstream_unauthorized", async () => {
    const conn = connection({ username: "plain@example.com", password: "nope-nope-nope" });
    const error = (await callVendor(conn, listEcosystems).catch((e: unknown) => e)) as VendorError;
    expect(error).toMatchObject({ code: "upstream_unauthorized", status: 401 });
    expect(error.message).toContain("Username and Password");
  });
});

describe("Acreto MFA (424 → X-OTP)", () => {
  it("answers the challenge with a code computed from the stored seed", async () => {
    const conn = connection({ username: "mfa@example.com", password: "mfa-password-1", totpSecret: SEED });
    const result = await callVendor(conn, listEcosystems);
    expect(result.status).toBe(200);
    expect(acceptedCodes).toHaveLength(1);
    const sentCode = server.seen.filter((r) => r.path === "/v2/auth/login").at(-1)!.headers["x-otp"];
    expect(sentCode).toBe(acceptedCodes[0]);
  });

  it("without a seed or a code, asks the admin: mfa_required → 424", async () => {
    const conn = connection({ username: "mfa@example.com", password: "mfa-password-1" });
    const error = (await callVendor(conn, listEcosystems).catch((e: unknown) => e)) as VendorError;
    expect(error.code).toBe("mfa_required");
    expect(vendorErrorResponse(error)).toMatchObject({ status: 424, body: { error: "mfa_required", vendor: "acreto" } });
  });

  it("a code the vendor already accepted is refused the second time", async () => {
    const conn = connection({ username: "mfa@example.com", password: "mfa-password-1" });
    const used = [...usedCodes][0];
    const error = (await callVendor(conn, { ...listEcosystems, otp: used }).catch((e: unknown) => e)) as VendorError;
    expect(error.code).toBe("mfa_required");
    expect(error.message).toContain("did not accept the one-time code");
  });

  it("uses the admin's fresh code, once", async () => {
    const conn = connection({ username: "mfa@example.com", password: "mfa-password-1" });
    const fresh = generateSync({ secret: SEED, epoch: Math.floor(Date.now() / 1000) + 30 });
    const result = await callVendor(conn, { ...listEcosystems, otp: fresh });
    expect(result.status).toBe(200);
    expect(acceptedCodes).toEqual([fresh]);
  });

  it("resends a refused commit with X-OTP exactly once when any request answers 424", async () => {
    const conn = plain();
    const commit = { method: "POST", path: "/customers/c-1/ecosystems/e-1/commits" } as const;
    const noCode = (await callVendor(conn, commit).catch((e: unknown) => e)) as VendorError;
    expect(noCode.code).toBe("mfa_required");
    const now = Math.floor(Date.now() / 1000);
    const fresh = [now - 30, now, now + 30].map((epoch) => generateSync({ secret: SEED, epoch })).find((code) => !usedCodes.has(code))!;
    const seenBefore = server.seen.filter((r) => r.path.endsWith("/commits")).length;
    const result = await callVendor(conn, { ...commit, otp: fresh });
    expect(result.status).toBe(204);
    const commits = server.seen.filter((r) => r.path.endsWith("/commits")).slice(seenBefore);
    expect(commits.map((r) => r.headers["x-otp"] ?? null)).toEqual([null, fresh]);
  });
});
