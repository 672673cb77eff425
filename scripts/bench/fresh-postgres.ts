// A database of its own on the bench's Postgres server, dropped afterwards: the server's own
// database may hold tables from other work, and the bench must start from the migrations.
import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { openDatabase, type TDatabase } from "../../lib/server/db/open-database";

async function onServer(serverUrl: string, statement: string): Promise<void> {
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}

/** The Postgres server the bench may use (DATABASE_URL or TEST_DATABASE_URL), if any. */
export const benchServerUrl = () => process.env.DATABASE_URL ?? process.env.TEST_DATABASE_URL;

/** A new database on the server: its URL, and `drop` once every pool on it is closed. */
export async function freshPostgresUrl(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `patchbay_bench_${randomBytes(5).toString("hex")}`;
  await onServer(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => onServer(serverUrl, `drop database if exists ${name} with (force)`) };
}

/** A fresh database opened through the console's own pool, dropped when closed. */
export async function freshPostgres(serverUrl: string): Promise<TDatabase> {
  const { url, drop } = await freshPostgresUrl(serverUrl);
  const database = await openDatabase({ url });
  return { ...database, close: async () => (await database.close(), await drop()) };
}
