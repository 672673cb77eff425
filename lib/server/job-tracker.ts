import "server-only";
import { and, eq, isNotNull, isNull, lt, or } from "drizzle-orm";
import { getDb } from "./db/client";
import { vendorJobs } from "./db/schema";

export type TJobTrackerOptions = {
  /**
   * After a job is started, a status read may still predate it (it was in flight, or cached):
   * a "not running" answer within this long, before any "running" one, is not its end.
   */
  settleMs: number;
  /** How long a job, running or finished, is remembered. */
  ttlMs: number;
  /** How long one instance may take to send a job before another may try (the vendor call's timeout, and some). */
  sendLeaseMs?: number;
  now?: () => number;
};

export type TJobState = {
  running: { startedAt: number; elapsedMs: number; sinceKnown: boolean } | null;
  last: { startedAt: number; finishedAt: number; outcome: string } | null;
  at: number;
};

type TJobRow = typeof vendorJobs.$inferSelect;

/**
 * When a long-running vendor job (a commit) started and ended, as seen through status reads,
 * kept in the database so that every instance sees the same job: one started on another
 * instance shows as running here, with its real start. A job first seen already running
 * (started outside Patchbay) is timed from then (`sinceKnown: false`).
 */
export class JobTracker {
  private readonly now: () => number;

  constructor(private readonly options: TJobTrackerOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Takes the right to send the job; false while another caller (on any instance) is sending it. */
  async claimSend(key: string): Promise<boolean> {
    const now = new Date(this.now());
    const until = new Date(now.getTime() + (this.options.sendLeaseMs ?? 60_000));
    const claimed = await (await getDb())
      .insert(vendorJobs)
      .values({ key, sendingUntil: until, updatedAt: now })
      .onConflictDoUpdate({
        target: vendorJobs.key,
        set: { sendingUntil: until, updatedAt: now },
        setWhere: or(isNull(vendorJobs.sendingUntil), lt(vendorJobs.sendingUntil, now)),
      })
      .returning({ key: vendorJobs.key });
    return claimed.length === 1;
  }

  /** The send failed: nothing started, another may send. */
  async releaseSend(key: string): Promise<void> {
    await (await getDb()).update(vendorJobs).set({ sendingUntil: null }).where(eq(vendorJobs.key, key));
  }

  /** The vendor accepted the job at `startedAt`. */
  async started(key: string, startedAt: number): Promise<void> {
    const db = await getDb();
    const now = new Date(this.now());
    const job = { startedAt: new Date(startedAt), sinceKnown: true, seenRunning: false, finishedAt: null, outcome: null, sendingUntil: null, updatedAt: now };
    await db.insert(vendorJobs).values({ key, ...job }).onConflictDoUpdate({ target: vendorJobs.key, set: job });
    await db.delete(vendorJobs).where(lt(vendorJobs.updatedAt, new Date(now.getTime() - this.options.ttlMs)));
  }

  /** A status read: whether the vendor says the job runs, and the status it ended in if not. */
  async observe(key: string, running: boolean, status: string): Promise<TJobState> {
    const db = await getDb();
    const nowMs = this.now();
    const now = new Date(nowMs);
    const [row] = await db.select().from(vendorJobs).where(eq(vendorJobs.key, key));
    let job = row && row.startedAt && nowMs - row.updatedAt.getTime() < this.options.ttlMs ? row : undefined;
    if (running && (!job || job.finishedAt)) {
      const seen = { startedAt: now, sinceKnown: false, seenRunning: true, finishedAt: null, outcome: null, updatedAt: now };
      // Only if no other instance recorded this job meanwhile: the first sighting keeps its time.
      const [written] = await db
        .insert(vendorJobs)
        .values({ key, ...seen })
        .onConflictDoUpdate({ target: vendorJobs.key, set: seen, setWhere: or(isNull(vendorJobs.startedAt), isNotNull(vendorJobs.finishedAt)) })
        .returning();
      job = written ?? (await db.select().from(vendorJobs).where(eq(vendorJobs.key, key)))[0];
    } else if (running && job && !job.seenRunning) {
      await db.update(vendorJobs).set({ seenRunning: true, updatedAt: now }).where(eq(vendorJobs.key, key));
    } else if (!running && job && !job.finishedAt && (job.seenRunning || nowMs - job.startedAt!.getTime() >= this.options.settleMs)) {
      const [finished] = await db
        .update(vendorJobs)
        .set({ finishedAt: now, outcome: status, updatedAt: now })
        .where(and(eq(vendorJobs.key, key), isNull(vendorJobs.finishedAt)))
        .returning();
      job = finished ?? (await db.select().from(vendorJobs).where(eq(vendorJobs.key, key)))[0];
    }
    return stateOf(job, status, nowMs);
  }
}

function stateOf(job: TJobRow | undefined, status: string, now: number): TJobState {
  const startedAt = job?.startedAt?.getTime();
  if (!job || startedAt === undefined) return { running: null, last: null, at: now };
  if (!job.finishedAt) return { running: { startedAt, elapsedMs: now - startedAt, sinceKnown: job.sinceKnown }, last: null, at: now };
  return { running: null, last: { startedAt, finishedAt: job.finishedAt.getTime(), outcome: job.outcome ?? status }, at: now };
}

/** A job key from its parts: kind, connection, subject (no NUL: Postgres text refuses it). */
export const jobKey = (...parts: string[]) => parts.map(encodeURIComponent).join("/");
