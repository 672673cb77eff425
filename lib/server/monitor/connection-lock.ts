import "server-only";
import { sql } from "drizzle-orm";
import type { TDb } from "../db/open-database";

export type TTransaction = Parameters<Parameters<TDb["transaction"]>[0]>[0];

// The first key of a two-key advisory lock: "the monitor"; the second is the connection's hash.
const MONITOR_LOCK_CLASS = 7_262_002;

/**
 * Takes the connection's monitor lock for the rest of the transaction, or answers false at once
 * when another pass (this process or another instance) holds it. Released by commit or rollback,
 * so a crashed instance never leaves it held.
 */
export async function tryConnectionLock(tx: TTransaction, connectionId: string): Promise<boolean> {
  const result = await tx.execute(sql`select pg_try_advisory_xact_lock(${MONITOR_LOCK_CLASS}, hashtext(${connectionId})) as locked`);
  const rows = (result as unknown as { rows: { locked: boolean }[] }).rows;
  return rows[0]?.locked === true;
}
