import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { useDatabaseForTests } from "../db/client";
import type { TDatabase } from "../db/open-database";
import { alertEvents, attentionEpisodes, type TAlertDelivery } from "../db/schema";
import { testDatabases } from "../db/test-databases";
import { historyRetentionDays, PURGE_BATCH, purgeHistory } from "./history-retention";

const NOW = Date.UTC(2026, 10, 2, 12, 0, 0);
const DAY = 86_400_000;
const ago = (days: number) => new Date(NOW - days * DAY);

const episode = (title: string, startedDaysAgo: number, endedDaysAgo: number | null) => ({
  connectionKey: "env:megaport@3",
  connectionId: "env:megaport",
  connectionName: "Megaport (environment)",
  vendor: "megaport" as const,
  rule: "megaport.service_down",
  itemId: `megaport/env%3Amegaport/service_down/${title}`,
  title,
  severity: "critical" as const,
  startedAt: ago(startedDaysAgo),
  endedAt: endedDaysAgo === null ? null : ago(endedDaysAgo),
});
const event = (title: string, daysAgo: number, deliveryStatus: "pending" | "done"): typeof alertEvents.$inferInsert => ({
  at: ago(daysAgo),
  kind: "down" as const,
  vendor: "megaport" as const,
  rule: "megaport.service_down",
  itemId: `megaport/env%3Amegaport/service_down/${title}`,
  title,
  detail: "",
  severity: "critical" as const,
  connectionId: "env:megaport",
  connectionName: "Megaport (environment)",
  message: title,
  deliveryStatus,
  deliveries: deliveryStatus === "pending" ? { channel: { channel: "Ops", kind: "webhook", status: "pending", attempts: 3, at: null, error: "502" } satisfies TAlertDelivery } : {},
});

describe.each(testDatabases())("the history's retention on $name", ({ open }) => {
  let database: TDatabase;
  beforeAll(async () => {
    database = await open();
    useDatabaseForTests(database);
  });
  afterAll(async () => {
    useDatabaseForTests(undefined);
    await database.close();
  });
  afterEach(async () => {
    delete process.env.HISTORY_RETENTION_DAYS;
    await database.db.delete(attentionEpisodes);
    await database.db.delete(alertEvents);
  });

  it("removes episodes that ended before the period and sent alerts recorded before it, never one still being delivered nor one still standing", async () => {
    await database.db.insert(attentionEpisodes).values([episode("ended long ago", 120, 91), episode("ended lately", 120, 89), episode("still down", 200, null)]);
    await database.db.insert(alertEvents).values([event("old and sent", 91, "done"), event("old and still retrying", 91, "pending"), event("recent", 89, "done")]);
    expect(await purgeHistory(database.db, NOW, 90)).toEqual({ episodes: 1, alertEvents: 1 });
    expect((await database.db.select().from(attentionEpisodes)).map((row) => row.title).sort()).toEqual(["ended lately", "still down"]);
    expect((await database.db.select().from(alertEvents)).map((row) => row.title).sort()).toEqual(["old and still retrying", "recent"]);
    expect(await purgeHistory(database.db, NOW, 90)).toEqual({ episodes: 0, alertEvents: 0 });
  });

  it("works a backlog off in batches", async () => {
    const many = Array.from({ length: PURGE_BATCH + 5 }, (_, n) => episode(`e${n}`, 200, 100));
    for (let start = 0; start < many.length; start += 500) await database.db.insert(attentionEpisodes).values(many.slice(start, start + 500));
    expect(await purgeHistory(database.db, NOW, 90)).toEqual({ episodes: PURGE_BATCH + 5, alertEvents: 0 });
  });

  it("reads HISTORY_RETENTION_DAYS: 90 by default, whole days from 1 to 3650, else the default", () => {
    expect(historyRetentionDays()).toBe(90);
    process.env.HISTORY_RETENTION_DAYS = "30";
    expect(historyRetentionDays()).toBe(30);
    for (const wrong of ["0", "1.5", "abc", "3651"]) {
      process.env.HISTORY_RETENTION_DAYS = wrong;
      expect(historyRetentionDays()).toBe(90);
    }
  });
});
