import "server-only";
import { Pool } from "pg";
import { log } from "../log";

export type TClosablePool = { pool: Pool; close: () => Promise<void> };

/**
 * A pg Pool that never crashes the process on a dropped connection and closes for real.
 * An idle client whose server connection ends (a restart, `pg_terminate_backend`, a forced
 * `drop database`) makes the pool emit "error"; without a listener Node throws it.
 * `pool.end()` resolves once every client has been *asked* to end, so `close` also waits for
 * each client's "remove" (its socket closed): afterwards nothing of this pool is on the server.
 */
export function openPostgresPool(connectionString: string): TClosablePool {
  const pool = new Pool({ connectionString, max: 10, idleTimeoutMillis: 30_000 });
  let open = 0;
  let drained: (() => void) | undefined;
  pool.on("connect", () => void open++);
  pool.on("remove", () => {
    open--;
    if (open === 0) drained?.();
  });
  pool.on("error", (error: Error & { code?: string }) => log.warn({ code: error.code, err: error }, "an idle database connection ended"));
  return {
    pool,
    close: async () => {
      const allRemoved = new Promise<void>((resolve) => (open === 0 ? resolve() : (drained = resolve)));
      await pool.end();
      await allRemoved;
    },
  };
}
