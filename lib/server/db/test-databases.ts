import "server-only";
import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { Client } from "pg";
import { afterAll, beforeAll } from "vitest";
import { backgroundSettled } from "../background-work";
import { useDatabaseForTests } from "./client";
import { openDatabase, type TDatabase } from "./open-database";

export type TTestDatabase = { name: string; open: () => Promise<TDatabase> };

/** One statement on the server's own database, on a connection of its own. */
async function onServer(serverUrl: string, statement: string): Promise<void> {
  const admin = new Client({ connectionString: serverUrl });
  admin.on("error", () => undefined); // reported by the query or end below
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}

/**
 * A fresh database of the given server, dropped when closed. `close` first waits until every
 * connection of the test's pool has ended (openPostgresPool), so the drop finds no session of
 * ours; `with (force)` only ends what a test forgot, and pools log rather than throw for that.
 */
async function freshPostgres(serverUrl: string): Promise<TDatabase> {
  const name = `patchbay_test_${randomBytes(6).toString("hex")}`;
  await onServer(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString() });
  return {
    ...database,
    close: async () => {
      await database.close();
      await onServer(serverUrl, `drop database if exists ${name} with (force)`);
    },
  };
}

/** The databases integration tests run against: PGlite always, Postgres when TEST_DATABASE_URL is set. */
export function testDatabases(): TTestDatabase[] {
  const targets: TTestDatabase[] = [{ name: "pglite", open: () => openDatabase({ dir: null }) }];
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) targets.push({ name: "postgres", open: () => freshPostgres(serverUrl) });
  return targets;
}

/** The same Postgres database through a pool of its own, as a second console instance reaches it. */
export async function secondInstanceOf(database: TDatabase): Promise<TDatabase> {
  const result = await database.db.execute(sql`select current_database() as name`);
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${(result as unknown as { rows: { name: string }[] }).rows[0]!.name}`;
  return openDatabase({ url: url.toString() });
}

/** Opens a fresh database for the suite and points the process at it; the handle once it is open. */
export function suiteDatabase(open: () => Promise<TDatabase>): () => TDatabase {
  let database: TDatabase | undefined;
  beforeAll(async () => {
    database = await open();
    useDatabaseForTests(database);
  });
  afterAll(async () => {
    // Work a test started and did not wait for (background-work.ts) ends before its database does.
    await backgroundSettled();
    useDatabaseForTests(undefined);
    await database?.close();
  });
  return () => database!;
}
