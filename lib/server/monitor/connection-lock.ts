import "server-only";
import { sql } from "drizzle-orm";
import type { TDb } from "../db/open-database";

export type TTransaction = Parameters<Parameters<TDb["transaction"]>[0]>[0];

// The first key of a two-key advisory lock says whose it is; the second is the connection's hash.
/** The Nettica monitor's VPN judgements. */
export const MONITOR_LOCK_CLASS = 7_262_002;
/** The alerting pass's attention transitions: apart from the monitor's, so one pass may run both for a connection at once. */
export const ATTENTION_LOCK_CLASS = 7_262_003;

/**
 * Takes the connection's lock of that class for the rest of the transaction, or answers false at
 * once when another pass (this process or another instance) holds it. Released by commit or
 * rollback, so a crashed instance never leaves it held.
 */
export async function tryConnectionLock(tx: TTransaction, connectionKey: string, lockClass = MONITOR_LOCK_CLASS): Promise<boolean> {
  const result = await tx.execute(sql`select pg_try_advisory_xact_lock(${lockClass}, hashtext(${connectionKey})) as locked`);
  const rows = (result as unknown as { rows: { locked: boolean }[] }).rows;
  return rows[0]?.locked === true;
}
