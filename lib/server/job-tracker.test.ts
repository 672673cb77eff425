import { describe, expect, it } from "vitest";
import { useDatabaseForTests } from "./db/client";
import { secondInstanceOf, suiteDatabase, testDatabases } from "./db/test-databases";
import { JobTracker } from "./job-tracker";

function tracker(start = 1_000) {
  const clock = { now: start };
  const jobs = new JobTracker({ settleMs: 5_000, ttlMs: 3_600_000, sendLeaseMs: 30_000, now: () => clock.now });
  return { jobs, clock };
}
let n = 0;
const freshKey = () => `test/job-${++n}`;

describe.each(testDatabases())("JobTracker on $name", ({ name, open }) => {
  const database = suiteDatabase(open);

  it("times a job started here, from its start to the read that sees it done", async () => {
    const { jobs, clock } = tracker();
    const key = freshKey();
    await jobs.started(key, 1_000);
    clock.now = 3_000;
    expect(await jobs.observe(key, true, "commit_in_progress")).toEqual({ running: { startedAt: 1_000, elapsedMs: 2_000, sinceKnown: true }, last: null, at: 3_000 });
    clock.now = 61_000;
    expect(await jobs.observe(key, false, "ok")).toEqual({ running: null, last: { startedAt: 1_000, finishedAt: 61_000, outcome: "ok" }, at: 61_000 });
    clock.now = 90_000;
    expect((await jobs.observe(key, false, "pending_changes")).last).toEqual({ startedAt: 1_000, finishedAt: 61_000, outcome: "ok" });
  });

  it("does not end a job on a read that may predate it, unless the settle time has passed", async () => {
    const { jobs, clock } = tracker();
    const key = freshKey();
    await jobs.started(key, 1_000);
    clock.now = 2_000;
    expect((await jobs.observe(key, false, "pending_changes")).running).toMatchObject({ startedAt: 1_000 });
    clock.now = 6_000; // 5 s on and never seen running: a job that finished at once
    expect(await jobs.observe(key, false, "ok")).toMatchObject({ running: null, last: { finishedAt: 6_000, outcome: "ok" } });
  });

  it("times a job started elsewhere from when it was first seen, and a new job replaces the last", async () => {
    const { jobs, clock } = tracker();
    const key = freshKey();
    clock.now = 5_000;
    expect((await jobs.observe(key, true, "commit_in_progress")).running).toEqual({ startedAt: 5_000, elapsedMs: 0, sinceKnown: false });
    clock.now = 8_000;
    expect((await jobs.observe(key, false, "ecosystem_error")).last).toEqual({ startedAt: 5_000, finishedAt: 8_000, outcome: "ecosystem_error" });
    clock.now = 9_000;
    expect(await jobs.observe(key, true, "commit_in_progress")).toMatchObject({ running: { startedAt: 9_000 }, last: null });
  });

  it("lets one caller send a job at a time, until it is sent, released or its lease runs out", async () => {
    const { jobs, clock } = tracker();
    const key = freshKey();
    expect(await jobs.claimSend(key)).toBe(true);
    expect(await jobs.claimSend(key)).toBe(false);
    await jobs.releaseSend(key);
    expect(await jobs.claimSend(key)).toBe(true);
    clock.now += 30_001; // the sender died mid-call
    expect(await jobs.claimSend(key)).toBe(true);
    await jobs.started(key, clock.now);
    expect(await jobs.claimSend(key)).toBe(true);
  });

  it.runIf(name === "postgres")("shows a job started on one instance as running on another, with its real start", async () => {
    const other = await secondInstanceOf(database());
    try {
      const key = freshKey();
      const here = tracker(10_000);
      const there = tracker(10_000);
      expect(await here.jobs.claimSend(key)).toBe(true);
      useDatabaseForTests(other);
      expect(await there.jobs.claimSend(key)).toBe(false); // a second commit from the other instance is refused
      useDatabaseForTests(database());
      await here.jobs.started(key, 10_000);
      useDatabaseForTests(other);
      there.clock.now = 12_000;
      // The vendor's status read predates the commit, yet the other instance knows it runs, and since when.
      expect((await there.jobs.observe(key, false, "pending_changes")).running).toEqual({ startedAt: 10_000, elapsedMs: 2_000, sinceKnown: true });
    } finally {
      useDatabaseForTests(database());
      await other.close();
    }
  });
});
