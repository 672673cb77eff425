import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { audit, listAudit } from "@/lib/server/audit";
import { useDatabaseForTests } from "@/lib/server/db/client";
import { testDatabases } from "@/lib/server/db/test-databases";
import { callOperation } from "@/lib/server/operations/testing/call-operation";
import { testConnection, type TConnectionCheck } from "@/lib/server/upstream/test-connection";
import { testConnectionOf } from "@/lib/server/upstream/testing/test-server";
import type { TUpstreamConnection } from "@/lib/server/upstream/types";
import { startSimulators, type TRunningSimulators } from "@/simulators";
import { megaportOperations } from "./operations";

// Every line the server writes goes through the real pino logger (debug level) into this array.
const { lines } = vi.hoisted(() => ({ lines: [] as string[] }));
vi.mock("@/lib/server/log", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/server/log")>();
  const logger = actual.createLogger({ write: (line: string) => void lines.push(line) }, "debug");
  return { ...actual, log: logger, logger };
});

let sims: TRunningSimulators;
const issued = new Set<string>();
/** Remembers every session and OAuth token the simulator has handed out (invalidation forgets them). */
const remember = () => sims.simulators.megaport.state.sessions.forEach((_session, token) => issued.add(token));

beforeAll(async () => {
  sims = await startSimulators({ port: 0, seed: 5 });
});
afterAll(() => sims.close());

// Made by the logging test (no network once a database is opening: PGlite's start-up stalls the event loop).
let check: TConnectionCheck | undefined;
let failed: Error | undefined;

const run = (conn: TUpstreamConnection, path: string, input?: unknown) => callOperation(megaportOperations, conn, "GET", path, { input }).catch((error: unknown) => error);

describe("the Megaport session token and API keys in logs and the audit trail", () => {
  const megaport = () => sims.credentials.megaport;
  const sessionConn = () => testConnectionOf("megaport", sims.urls.megaport, { username: megaport().serviceAgent.username, password: megaport().serviceAgent.password });
  const apiKeyConn = () => testConnectionOf("megaport", sims.urls.megaport, { accessKey: megaport().accessKey, secretKey: megaport().secretKey, authUrl: sims.urls.megaportAuth });

  it("logs every real call, refused and renewed, with the session only in a header, and never a token, password or key", async () => {
    const session = sessionConn();
    const oauth = apiKeyConn();
    await run(session, "services");
    await run(oauth, "services");
    remember();
    await fetch(`${sims.controlUrls.megaport}/sessions/invalidate`, { method: "POST" });
    // Both companies read with the refused session (401, logged at info), then once more after one new login.
    await run(session, "identity");
    await run(oauth, "services/not-a-service");
    await run(testConnectionOf("megaport", sims.urls.megaport, { username: megaport().username, password: "wrong-password-for-logs" }), "identity");
    check = await testConnection(session);
    failed = (await run(session, "services/not-a-service")) as Error;
    remember();

    const entries = lines.map((line) => JSON.parse(line) as { msg: string; url?: string; status?: number });
    const calls = entries.filter((entry) => entry.msg === "upstream call");
    expect(calls.filter((c) => c.status === 401).length).toBeGreaterThanOrEqual(1);
    expect(calls.filter((c) => c.url!.includes("/secure/party/company/")).length).toBeGreaterThanOrEqual(2);
    for (const call of calls) expect(call.url).not.toMatch(/[?&]token=/);
    expect(check).toMatchObject({ ok: true, message: expect.stringContaining("agent@partner.example") });
    expect(failed).toMatchObject({ status: 404 });

    const output = lines.join("\n");
    expect(issued.size).toBeGreaterThanOrEqual(3);
    const secrets = [...issued, megaport().password, megaport().serviceAgent.password, megaport().secretKey, "wrong-password-for-logs"];
    for (const secret of secrets) expect(output, secret).not.toContain(secret);
  });

  describe.each(testDatabases())("audit on $name", ({ open }) => {
    let close: () => Promise<void>;
    beforeAll(async () => {
      const database = await open();
      useDatabaseForTests(database);
      close = () => database.close();
    });
    afterAll(async () => {
      useDatabaseForTests(undefined);
      await close();
    });

    it("keeps no token in what a connection test and a failed call record", async () => {
      const token = [...sims.simulators.megaport.state.sessions.keys()].at(-1)!;
      // What the console's routes write: the check's message, and a failed call's error next to the URL it went to.
      await audit({ actor: null, action: "connection.test", target: "megaport:agent", details: { message: check!.message, latencyMs: check!.latencyMs } });
      await audit({
        actor: null,
        action: "megaport.listServices",
        outcome: "failed",
        details: { error: failed!.message, url: `${sims.urls.megaport}/v2/product/not-a-service?token=${token}`, headers: { "X-Auth-Token": token } },
      });
      const trail = JSON.stringify(await listAudit({ limit: 10 }));
      expect(trail).toContain("megaport.listServices");
      expect(trail).toContain("not-a-service?token=");
      for (const secret of issued) expect(trail).not.toContain(secret);
    });
  });
});
