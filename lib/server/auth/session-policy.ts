import "server-only";
import { z } from "zod";

/** The absolute limit of a session, however active it is. */
export const SESSION_MAX_AGE_S = 12 * 60 * 60;
/** last_seen_at is written at most this often, so busy pages do not write on every request. */
export const LAST_SEEN_RESOLUTION_MS = 60_000;

const ZIdleMinutes = z.coerce.number().int().min(1).max(SESSION_MAX_AGE_S / 60);

/** IDLE_TIMEOUT_MINUTES (default 30): a session with no request for this long ends. */
export function idleTimeoutMs(): number {
  const raw = process.env.IDLE_TIMEOUT_MINUTES;
  const parsed = ZIdleMinutes.safeParse(raw === undefined || raw === "" ? 30 : raw);
  if (!parsed.success) throw new Error("IDLE_TIMEOUT_MINUTES must be a whole number of minutes from 1 to 720");
  return parsed.data * 60_000;
}
