import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSimulators, type TRunningSimulators } from "@/simulators";
import { createConnection, upstreamConnections } from "../connections";
import { useDatabaseForTests } from "../db/client";
import type { TDatabase } from "../db/open-database";
import { attentionState } from "../db/schema";
import { secondInstanceOf, testDatabases } from "../db/test-databases";
import { ATTENTION_FORGET_AFTER_MS, recordSightings } from "./attention-state";
import { connectionAttention } from "./connection-attention";

const T0 = Date.UTC(2026, 10, 2, 9, 0, 0);
const MINUTE = 60_000;
const at = (ms: number) => new Date(T0 + ms);
const down = { id: "megaport/conn-a/service_down/uid-1", kind: "megaport.service_down" } as const;
const notLive = { id: "megaport/conn-b/service_not_live/uid-2", kind: "megaport.service_not_live" } as const;

describe.each(testDatabases())("when attention items were first seen, on $name", ({ open }) => {
  let database: TDatabase;
  /** "Another instance": PGlite is single-process, so the same database; Postgres, a second pool on it. */
  let other: TDatabase;
  let sims: TRunningSimulators;

  beforeAll(async () => {
    process.env.ENCRYPTION_KEY = Buffer.alloc(32, 9).toString("base64");
    database = await open();
    other = database.kind === "pglite" ? { ...database, close: async () => undefined } : await secondInstanceOf(database);
    useDatabaseForTests(database);
    sims = await startSimulators({ port: 0, seed: 23 });
  });
  afterAll(async () => {
    useDatabaseForTests(undefined);
    await sims?.close();
    await other?.close();
    await database?.close();
  });

  it("keeps the first sighting across evaluations and instances, and starts again when an item comes back after clearing", async () => {
    const firstSeen = async (ms: number, sightings: (typeof down)[], complete = true) => (await recordSightings("conn-a", sightings, at(ms), complete)).get(down.id)?.getTime();
    useDatabaseForTests(database);
    expect(await firstSeen(0, [down])).toBe(T0);
    useDatabaseForTests(other);
    expect(await firstSeen(30_000, [down])).toBe(T0);
    // An evaluation that failed says nothing about the item: it stands, with its first sighting.
    await firstSeen(60_000, [], false);
    useDatabaseForTests(database);
    expect(await firstSeen(90_000, [down])).toBe(T0);
    // A complete one without it: it is gone, and when it comes back it is new.
    await firstSeen(120_000, []);
    const [row] = await database.db.select().from(attentionState);
    expect(row).toMatchObject({ id: down.id, connectionId: "conn-a", kind: "megaport.service_down", clearedAt: at(120_000), lastSeen: at(90_000) });
    useDatabaseForTests(other);
    expect(await firstSeen(150_000, [down])).toBe(T0 + 150_000);
  });

  it("leaves other connections' items alone, and forgets rows not seen for 7 days", async () => {
    useDatabaseForTests(database);
    await recordSightings("conn-b", [notLive], at(MINUTE), true);
    await recordSightings("conn-a", [], at(2 * MINUTE), true);
    expect((await database.db.select().from(attentionState)).find((row) => row.id === notLive.id)?.clearedAt).toBeNull();
    await recordSightings("conn-a", [down], at(MINUTE + ATTENTION_FORGET_AFTER_MS + 1), true);
    expect((await database.db.select().from(attentionState)).map((row) => row.id)).toEqual([down.id]);
  });

  it("gives an item the same since when another instance evaluates the connection again", async () => {
    useDatabaseForTests(database);
    const { megaport } = sims.credentials;
    await createConnection({ vendor: "megaport", name: "Megaport", baseUrl: sims.urls.megaport, values: { accessKey: megaport.accessKey, secretKey: megaport.secretKey, authUrl: sims.urls.megaportAuth }, clearSecrets: [] });
    const [connection] = await upstreamConnections("megaport");
    // Evaluated now, not served from the answer shared a moment ago: only the table can keep the time.
    const since = async () => (await connectionAttention(connection!, true)).items.find((item) => item.title === "HOU-DR-01 is not live")?.since;
    const first = await since();
    expect(first).toEqual(expect.any(String));
    await new Promise((resolve) => setTimeout(resolve, 20));
    useDatabaseForTests(other);
    expect(await since()).toBe(first);
    useDatabaseForTests(database);
    expect(await since()).toBe(first);
  });
});
