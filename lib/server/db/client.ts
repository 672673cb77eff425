import "server-only";
import path from "node:path";
import { dataDir } from "../config";
import { openDatabase, type TDatabase, type TDb } from "./open-database";

// One database per process, kept on globalThis: Next.js may load this module in several
// bundles, and two PGlite instances on one directory would corrupt it.
const holder = globalThis as { __patchbayDatabase?: Promise<TDatabase> };

export function database(): Promise<TDatabase> {
  // A test that reaches the database must say which one (useDatabaseForTests), never the real DATA_DIR.
  if (process.env.VITEST && !holder.__patchbayDatabase) throw new Error("This test uses the database: call useDatabaseForTests first");
  holder.__patchbayDatabase ??= openDatabase(
    process.env.DATABASE_URL ? { url: process.env.DATABASE_URL } : { dir: path.join(dataDir(), "pglite") },
  ).catch((error: unknown) => {
    holder.__patchbayDatabase = undefined;
    throw error;
  });
  return holder.__patchbayDatabase;
}

export async function getDb(): Promise<TDb> {
  return (await database()).db;
}

/** Tests point the process at a database of their own. */
export function useDatabaseForTests(target: TDatabase | undefined): void {
  holder.__patchbayDatabase = target ? Promise.resolve(target) : undefined;
}

/** The database if this process has opened it already: for best-effort writes that must never open one themselves. */
export function openedDatabase(): Promise<TDatabase> | undefined {
  return holder.__patchbayDatabase;
}
