import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { useDatabaseForTests } from "@/lib/server/db/client";
import { openDatabase, type TDatabase } from "@/lib/server/db/open-database";
import { GET } from "./route";

const SECRET = "cron-secret-5b1f0c9e7d2a4f68";
const call = (authorization?: string) =>
  GET(new Request("http://localhost/api/cron/monitor", { headers: authorization ? { authorization } : {} }));

describe("GET /api/cron/monitor", () => {
  let database: TDatabase;
  beforeAll(async () => {
    database = await openDatabase({ dir: null });
    useDatabaseForTests(database);
  });
  afterAll(async () => {
    useDatabaseForTests(undefined);
    await database.close();
  });
  afterEach(() => {
    delete process.env.CRON_SECRET;
  });

  it("answers 503 while CRON_SECRET is not set, whatever is sent", async () => {
    const response = await call(`Bearer ${SECRET}`);
    expect(response.status).toBe(503);
    expect((await response.json()).message).toMatch(/CRON_SECRET/);
  });

  it("answers 401 without the secret, with a wrong one, or with it in another scheme", async () => {
    process.env.CRON_SECRET = SECRET;
    for (const header of [undefined, "Bearer wrong", `Bearer ${SECRET}x`, `Basic ${SECRET}`, SECRET]) {
      const response = await call(header);
      expect(response.status, String(header)).toBe(401);
      expect(JSON.stringify(await response.json())).not.toContain(SECRET);
    }
  });

  it("runs one pass with the right secret", async () => {
    process.env.CRON_SECRET = SECRET;
    const response = await call(`Bearer ${SECRET}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ checks: [], attention: [], delivery: { sent: 0, failed: 0 } });
  });
});
