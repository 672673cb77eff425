import { NextRequest } from "next/server";
import { generateSync } from "otplib";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { useDatabaseForTests } from "@/lib/server/db/client";
import { openDatabase, type TDatabase } from "@/lib/server/db/open-database";
import type { TAuditInput } from "@/lib/server/audit";
import { errorResponse } from "@/lib/server/http/error-response";
import { serveOperation } from "@/lib/server/operations/serve-operation";
import { testUser } from "@/lib/server/operations/testing/call-operation";
import { testConnectionOf } from "@/lib/server/upstream/testing/test-server";
import type { TUpstreamConnection } from "@/lib/server/upstream/types";
import { startSimulators, type TRunningSimulators } from "@/simulators";
import { ZAcretoCustomerView, ZAcretoOtpEnrollmentView } from "./schemas";

// Through the catch-all route's own code (serveOperation), with the session given and storage stubbed.
const stored = vi.hoisted(() => ({ audit: [] as TAuditInput[], connections: new Map<string, TUpstreamConnection>() }));
vi.mock("@/lib/server/audit", () => ({ audit: async (event: TAuditInput) => void stored.audit.push(event) }));
vi.mock("@/lib/server/connections", () => ({
  upstreamConnection: async (id: string) => {
    const found = stored.connections.get(id);
    if (!found) throw new Error(`no connection ${id}`);
    return found;
  },
}));

let sims: TRunningSimulators;
let database: TDatabase;
beforeAll(async () => {
  // Commits and pending enrolments are shared through the database.
  database = await openDatabase({ dir: null });
  useDatabaseForTests(database);
  sims = await startSimulators({ port: 0, seed: 9 });
});
afterAll(async () => {
  sims.close();
  useDatabaseForTests(undefined);
  await database.close();
});

function connection(account: { username: string; password: string }): TUpstreamConnection {
  const conn = testConnectionOf("acreto", sims.urls.acreto, { username: account.username, password: account.password });
  stored.connections.set(conn.id, conn);
  return conn;
}

/** One request to /api/v/acreto/<connection>/<path>, answered as the route would (errors included). */
async function request(conn: TUpstreamConnection, method: string, path: string, options: { body?: unknown; otp?: string } = {}) {
  const headers: Record<string, string> = options.otp ? { "x-vendor-otp": options.otp } : {};
  if (options.body !== undefined) headers["content-type"] = "application/json";
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  const req = new NextRequest(`http://localhost/api/v/acreto/${conn.id}/${path}`, { method, headers, body });
  const segments = path.split("?")[0]!.split("/").map(decodeURIComponent);
  try {
    return await serveOperation(req, testUser("admin"), { vendor: "acreto", connection: conn.id, path: segments });
  } catch (error) {
    return errorResponse(error);
  }
}

const codeOf = (secret: string) => generateSync({ secret, epoch: Math.floor(sims.simulators.acreto.clock.now() / 1000) });
const enrollments = () => sims.simulators.acreto.stats.count("POST /users/:username/otp");

describe("Acreto MFA through the BFF route", () => {
  it("answers 424 mfa_required without a code, then signs in with the X-Vendor-OTP header", async () => {
    const { mfaUser } = sims.credentials.acreto;
    const conn = connection(mfaUser);
    const asked = await request(conn, "GET", "customers");
    expect(asked.status).toBe(424);
    expect(await asked.json()).toMatchObject({ error: "mfa_required", vendor: "acreto" });
    const signedIn = await request(conn, "GET", "customers", { otp: codeOf(mfaUser.totpSecret) });
    expect(signedIn.status).toBe(200);
    const { customers } = (await signedIn.json()) as { customers: unknown[] };
    expect(customers.map((c) => ZAcretoCustomerView.parse(c).name)).toEqual(["Northwind Logistics"]);
    expect((await request(conn, "GET", "customers")).status).toBe(200); // the login is cached: no code asked again
  });

  it("enrols a user: one secret across reloads and a wrong code, the vendor's message, 204; the audit never holds the secret", async () => {
    const { admin } = sims.credentials.acreto;
    const conn = connection(admin);
    const path = `users/${encodeURIComponent(admin.username)}/otp`;
    const generate = async (body: unknown = {}) => {
      const reply = await request(conn, "POST", path, { body });
      expect(reply.status).toBe(200);
      return ZAcretoOtpEnrollmentView.parse(await reply.json());
    };

    const first = await generate();
    expect(first).toMatchObject({ username: admin.username, reused: false });
    expect(first.url).toContain(`secret=${first.secret}`);
    expect(Buffer.from(first.barcode, "base64").subarray(1, 4).toString()).toBe("PNG");
    expect(await generate()).toEqual({ ...first, reused: true }); // a reload
    expect(enrollments()).toBe(1);

    const wrong = await request(conn, "PATCH", path, { body: { code: "000000" } });
    expect(wrong.status).toBe(422);
    expect(await wrong.json()).toMatchObject({ error: "upstream_error", message: expect.stringContaining("Invalid multi-factor authentication code") });
    expect((await generate()).secret).toBe(first.secret); // still the same after a wrong code
    expect((await request(conn, "PATCH", path, { body: { code: "12ab" } })).status).toBe(400);

    const second = await generate({ regenerate: true });
    expect(second.secret).not.toBe(first.secret);
    expect(enrollments()).toBe(2);
    const activated = await request(conn, "PATCH", path, { body: { code: codeOf(second.secret) } });
    expect(activated.status).toBe(204);
    expect(sims.simulators.acreto.state.accounts.find((a) => a.username === admin.username)?.totpSecret).toBe(second.secret);

    const trail = stored.audit.filter((event) => event.action.startsWith("acreto.") && event.action.endsWith("Otp"));
    expect(trail.map((event) => [event.action, event.outcome ?? "ok"])).toEqual([
      ["acreto.enrollOtp", "ok"],
      ["acreto.enrollOtp", "ok"],
      ["acreto.activateOtp", "failed"],
      ["acreto.enrollOtp", "ok"],
      ["acreto.enrollOtp", "ok"],
      ["acreto.activateOtp", "ok"],
    ]);
    expect(trail.every((event) => event.target === admin.username)).toBe(true);
    const written = JSON.stringify(trail);
    for (const secret of [first.secret, second.secret, first.barcode.slice(0, 40)]) expect(written).not.toContain(secret);
  });
});
