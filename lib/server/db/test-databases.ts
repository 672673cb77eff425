import "server-only";
import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { openDatabase, type TDatabase } from "./open-database";

export type TTestDatabase = { name: string; open: () => Promise<TDatabase> };

/** A fresh database of the given server, dropped when closed. */
async function freshPostgres(serverUrl: string): Promise<TDatabase> {
  const name = `patchbay_test_${randomBytes(6).toString("hex")}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString() });
  return {
    ...database,
    close: async () => {
      await database.close();
      const dropper = new Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
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
