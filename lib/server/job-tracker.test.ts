import { describe, expect, it } from "vitest";
import { JobTracker } from "./job-tracker";

function tracker() {
  const clock = { now: 1_000 };
  const jobs = new JobTracker({ settleMs: 5_000, ttlMs: 3_600_000, maxEntries: 100, now: () => clock.now });
  return { jobs, clock };
}

describe("JobTracker", () => {
  it("times a job this server started, from its start to the read that sees it done", () => {
    const { jobs, clock } = tracker();
    jobs.started("e1", 1_000);
    clock.now = 3_000;
    expect(jobs.observe("e1", true, "commit_in_progress")).toEqual({ running: { startedAt: 1_000, elapsedMs: 2_000, sinceKnown: true }, last: null, at: 3_000 });
    clock.now = 61_000;
    expect(jobs.observe("e1", false, "ok")).toEqual({ running: null, last: { startedAt: 1_000, finishedAt: 61_000, outcome: "ok" }, at: 61_000 });
    clock.now = 90_000;
    expect(jobs.observe("e1", false, "pending_changes").last).toEqual({ startedAt: 1_000, finishedAt: 61_000, outcome: "ok" });
  });

  it("does not end a job on a read that may predate it, unless the settle time has passed", () => {
    const { jobs, clock } = tracker();
    jobs.started("e1", 1_000);
    clock.now = 2_000;
    expect(jobs.observe("e1", false, "pending_changes").running).toMatchObject({ startedAt: 1_000 });
    clock.now = 6_000; // 5 s on and never seen running: a job that finished at once
    expect(jobs.observe("e1", false, "ok")).toMatchObject({ running: null, last: { finishedAt: 6_000, outcome: "ok" } });
  });

  it("times a job started elsewhere from when it was first seen, and a new job replaces the last", () => {
    const { jobs, clock } = tracker();
    clock.now = 5_000;
    expect(jobs.observe("e1", true, "commit_in_progress").running).toEqual({ startedAt: 5_000, elapsedMs: 0, sinceKnown: false });
    clock.now = 8_000;
    expect(jobs.observe("e1", false, "ecosystem_error").last).toEqual({ startedAt: 5_000, finishedAt: 8_000, outcome: "ecosystem_error" });
    clock.now = 9_000;
    expect(jobs.observe("e1", true, "commit_in_progress")).toMatchObject({ running: { startedAt: 9_000 }, last: null });
  });
});
