import "server-only";
import { database } from "./db/client";
import { ensureAdminFromEnv } from "./first-admin";
import { logger } from "./log";

/** Start-up work: migrations run before the first request, so a broken database fails loudly here. */
export async function startServer(): Promise<void> {
  const { kind } = await database();
  await ensureAdminFromEnv();
  logger.info({ database: kind }, "patchbay started");
}
