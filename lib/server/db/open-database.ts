import "server-only";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import { lockDataDir } from "./data-dir-lock";
import { openPostgresPool } from "./postgres-pool";
import { localSignals, postgresSignals, type TSignals } from "./postgres-signals";
import * as schema from "./schema";

export type TDb = PgDatabase<PgQueryResultHKT, typeof schema>;
/** `signals` reach every instance on the same database (see postgres-signals.ts). */
export type TDatabase = { db: TDb; kind: "pglite" | "postgres"; signals: TSignals; close: () => Promise<void> };

const migrationsFolder = path.join(/* turbopackIgnore: true */ process.cwd(), "drizzle");
// Any fixed number: several instances starting at once take turns migrating.
const MIGRATION_LOCK = 7_262_001;

/** Opens a Postgres server (url) or embedded PGlite (dir, or memory when null) and migrates it. */
export async function openDatabase(target: { url: string } | { dir: string | null }): Promise<TDatabase> {
  if ("url" in target) {
    const { pool, close } = openPostgresPool(target.url);
    const db = drizzlePg(pool, { schema });
    const lock = await pool.connect();
    try {
      await lock.query("select pg_advisory_lock($1)", [MIGRATION_LOCK]);
      await migratePg(db, { migrationsFolder });
    } finally {
      await lock.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => undefined);
      lock.release();
    }
    const signals = postgresSignals(target.url, pool, randomUUID());
    const closeAll = async () => {
      await signals.close();
      await close();
    };
    return { db: db as unknown as TDb, kind: "postgres", signals, close: closeAll };
  }
  // One process per embedded database: a second one would see only its own writes and leave it unreadable.
  const lock = target.dir ? await lockDataDir(target.dir) : null;
  try {
    if (target.dir) fs.mkdirSync(target.dir, { recursive: true });
    const client = await PGlite.create(target.dir ?? undefined);
    const db = drizzlePglite(client, { schema });
    await migratePglite(db, { migrationsFolder });
    const signals = localSignals();
    const close = async () => {
      await signals.close();
      await client.close();
      await lock?.release();
    };
    return { db: db as unknown as TDb, kind: "pglite", signals, close };
  } catch (error) {
    await lock?.release();
    throw error;
  }
}
