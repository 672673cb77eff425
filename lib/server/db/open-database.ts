import "server-only";
import { spawn } from "node:child_process";
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

// PGlite's defaults are sized for a database server (128 MB of shared buffers): a console's
// few tables need far less. Started this way, an embedded database costs ~170 MiB, not ~300.
const CONSOLE_SIZED = [
  ...PGlite.defaultStartParams,
  ...["shared_buffers=16MB", "work_mem=2MB", "maintenance_work_mem=16MB", "temp_buffers=2MB", "wal_buffers=1MB"].flatMap((setting) => ["-c", setting]),
];

/**
 * A new embedded database is created (initdb) in a short-lived child process: PGlite runs
 * initdb in a second WebAssembly instance whose memory a process does not give back, which
 * would leave the console at ~700 MiB for its whole life.
 */
async function initialiseElsewhere(dir: string): Promise<void> {
  const script = `import { PGlite } from "@electric-sql/pglite"; const db = await PGlite.create(process.argv[1]); await db.close();`;
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ["--input-type=module", "-e", script, dir], { cwd: process.cwd(), stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`Could not create the embedded database in ${dir}: ${stderr.trim().slice(-500)}`))));
  });
}

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
    if (target.dir) {
      fs.mkdirSync(target.dir, { recursive: true });
      if (!fs.existsSync(path.join(target.dir, "PG_VERSION"))) await initialiseElsewhere(target.dir);
    }
    const client = await PGlite.create(target.dir ?? undefined, { startParams: CONSOLE_SIZED });
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
