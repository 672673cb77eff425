import "server-only";
import { ExpiringMap } from "./expiring-map";

export type TJobTrackerOptions = {
  /**
   * After this server starts a job, a status read may still predate it (it was in flight, or
   * cached): a "not running" answer within this long, before any "running" one, is not its end.
   */
  settleMs: number;
  /** How long a job, running or finished, is remembered. */
  ttlMs: number;
  maxEntries: number;
  now?: () => number;
};

export type TJobState = {
  running: { startedAt: number; elapsedMs: number; sinceKnown: boolean } | null;
  last: { startedAt: number; finishedAt: number; outcome: string } | null;
  at: number;
};

type TJobRecord = { startedAt: number; sinceKnown: boolean; seenRunning: boolean; finishedAt?: number; outcome?: string };

/**
 * When a long-running vendor job (a commit) started and ended, as seen through status reads.
 * Memory of this process only: a job started elsewhere, or before a restart, is timed from when
 * it was first seen running (`sinceKnown: false`); its end is timed by the read that saw it.
 */
export class JobTracker {
  private readonly jobs: ExpiringMap<string, TJobRecord>;
  private readonly now: () => number;

  constructor(private readonly options: TJobTrackerOptions) {
    this.now = options.now ?? Date.now;
    this.jobs = new ExpiringMap({ ttlMs: options.ttlMs, maxEntries: options.maxEntries, now: this.now });
  }

  /** This server started the job at `startedAt` (the vendor accepted it). */
  started(key: string, startedAt: number): void {
    this.jobs.set(key, { startedAt, sinceKnown: true, seenRunning: false });
  }

  /** A status read: whether the vendor says the job runs, and the status it ended in if not. */
  observe(key: string, running: boolean, status: string): TJobState {
    const now = this.now();
    let job = this.jobs.get(key);
    if (running && (!job || job.finishedAt !== undefined)) {
      job = { startedAt: now, sinceKnown: false, seenRunning: true };
      this.jobs.set(key, job);
    } else if (running && job) {
      job.seenRunning = true;
    } else if (job && job.finishedAt === undefined && (job.seenRunning || now - job.startedAt >= this.options.settleMs)) {
      job.finishedAt = now;
      job.outcome = status;
    }
    return {
      running: job && job.finishedAt === undefined ? { startedAt: job.startedAt, elapsedMs: now - job.startedAt, sinceKnown: job.sinceKnown } : null,
      last: job?.finishedAt !== undefined ? { startedAt: job.startedAt, finishedAt: job.finishedAt, outcome: job.outcome ?? status } : null,
      at: now,
    };
  }
}
