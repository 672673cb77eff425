import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useDatabaseForTests } from "@/lib/server/db/client";
import { openDatabase, type TDatabase } from "@/lib/server/db/open-database";
import { callOperation, type TOperationCall } from "@/lib/server/operations/testing/call-operation";
import { vendorErrorResponse } from "@/lib/server/upstream/error-response";
import { testConnectionOf } from "@/lib/server/upstream/testing/test-server";
import type { TUpstreamConnection } from "@/lib/server/upstream/types";
import { isVendorError } from "@/lib/server/upstream/vendor-error";
import { startSimulators, type TRunningSimulators } from "@/simulators";
import { acretoOperations } from "./operations";
import { ZAcretoThingRow, ZAcretoUserRow, ZAcretoVpnProfile } from "./schemas";

let sims: TRunningSimulators;
let database: TDatabase;
beforeAll(async () => {
  // Commits and pending enrolments are shared through the database.
  database = await openDatabase({ dir: null });
  useDatabaseForTests(database);
  sims = await startSimulators({ port: 0, seed: 13, acreto: { deviceTokenMaxTtlSeconds: 600 } });
});
afterAll(async () => {
  sims.close();
  useDatabaseForTests(undefined);
  await database.close();
});

const run = (conn: TUpstreamConnection, method: string, path: string, call?: TOperationCall) => callOperation(acretoOperations, conn, method, path, { role: "operator", ...call });
const adminOf = (running: TRunningSimulators) => testConnectionOf("acreto", running.urls.acreto, { ...running.credentials.acreto.admin });

async function firstEcosystem(running: TRunningSimulators, conn: TUpstreamConnection) {
  const ecosystem = running.simulators.acreto.state.ecosystems.find((e) => e.status === "ok")!;
  const base = `customers/${ecosystem.customerUuid}/ecosystems/${ecosystem.uuid}`;
  const { users } = (await run(conn, "GET", `${base}/users`)) as { users: unknown[] };
  const { things } = (await run(conn, "GET", `${base}/things`)) as { things: unknown[] };
  return { base, user: ZAcretoUserRow.parse(users[0]), thing: ZAcretoThingRow.parse(things[0]) };
}

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(() => expect.unreachable("should have failed"), (e: unknown) => e);
  if (!isVendorError(error)) throw error;
  return vendorErrorResponse(error);
}

describe("Acreto VPN connection profiles", () => {
  it("a device token for a user or a Thing downloads its OpenVPN profile; a bad or expired token is a clear 4xx", async () => {
    const conn = adminOf(sims);
    const { base, user, thing } = await firstEcosystem(sims, conn);

    const { token } = (await run(conn, "POST", `${base}/users/${user.uuid}/token`, { input: {} })) as { token: string };
    expect(token).toMatch(/^s\.[A-Za-z0-9]{24}$/);
    const forUser = ZAcretoVpnProfile.parse(await run(conn, "POST", "vpn-profile", { input: { token } }));
    expect(forUser.profile).toMatch(/^client$[\s\S]*auth-user-pass/m);
    expect(forUser.filename).toMatch(/^[a-z0-9._-]+\.ovpn$/);

    const forThing = (await run(conn, "POST", `${base}/things/${thing.uuid}/token`, { input: { ttl: 300 } })) as { token: string };
    const thingProfile = ZAcretoVpnProfile.parse(await run(conn, "POST", "vpn-profile", { input: forThing }));
    expect(thingProfile.profile).toContain("<key>");

    const bad = await refusal(run(conn, "POST", "vpn-profile", { input: { token: "s.nope" } }));
    expect(bad).toMatchObject({ status: 422, body: { error: "upstream_error", message: expect.stringMatching(/^The token is invalid or has expired/) } });
    sims.simulators.acreto.clock.advance(601_000);
    expect((await refusal(run(conn, "POST", "vpn-profile", { input: forThing }))).status).toBe(422);
    await expect(run(conn, "POST", "vpn-profile", { input: { token: "../../auth/login" } })).rejects.toThrow(/device token/);
  });
});

describe("Acreto sign-in with short-lived tokens", () => {
  it("browsing for a few seconds with 2-second tokens logs in once per expiry, not once per call", async () => {
    const running = await startSimulators({ port: 0, seed: 13, acreto: { tokenTtlSeconds: 2 } });
    try {
      const conn = adminOf(running);
      const { base, thing } = await firstEcosystem(running, conn);
      const loginsBefore = running.simulators.acreto.state.accessTokens.size;
      const started = Date.now();
      let calls = 0;
      for (; Date.now() - started < 4_500; calls += 1) {
        await run(conn, "GET", `${base}/things/${thing.uuid}`); // never cached: every call reaches Acreto
        await new Promise((resolve) => setTimeout(resolve, 150));
      }
      const expiries = Math.ceil((Date.now() - started) / 2_000);
      expect(calls).toBeGreaterThan(20);
      expect(running.simulators.acreto.state.accessTokens.size - loginsBefore).toBeLessThanOrEqual(expiries);
    } finally {
      await running.close();
    }
  });
});
