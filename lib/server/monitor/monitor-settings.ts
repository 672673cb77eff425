import "server-only";
import { logger } from "../log";

export const DEFAULT_MONITOR_INTERVAL_S = 60;

/** MONITOR_INTERVAL_S (default 60, at least 10): seconds between two passes of the in-process loop. */
export function monitorIntervalS(): number {
  const raw = process.env.MONITOR_INTERVAL_S;
  if (!raw) return DEFAULT_MONITOR_INTERVAL_S;
  const seconds = Number(raw);
  if (Number.isInteger(seconds) && seconds >= 10 && seconds <= 86_400) return seconds;
  logger.warn({ MONITOR_INTERVAL_S: raw }, "MONITOR_INTERVAL_S must be a whole number of seconds from 10 to 86400; using 60");
  return DEFAULT_MONITOR_INTERVAL_S;
}

/** The loop runs inside the server unless MONITOR_DISABLED=true, or on Vercel, where /api/cron/monitor runs the passes. */
export function monitorRunsInProcess(): boolean {
  if (process.env.MONITOR_DISABLED === "true") return false;
  return !process.env.VERCEL || process.env.MONITOR_DISABLED === "false";
}
