import "server-only";
import { database } from "./db/client";
import { DataDirInUseError } from "./db/data-dir-lock";
import { ensureAdminFromEnv } from "./first-admin";
import { instanceSecret } from "./instance-secret";
import { logger } from "./log";
import { startMonitorLoop } from "./monitor/monitor-loop";
import { monitorIntervalS, monitorRunsInProcess } from "./monitor/monitor-settings";

/** Start-up work: migrations run before the first request, so a broken database fails loudly here. */
export async function startServer(): Promise<void> {
  // Required with DATABASE_URL, generated once in embedded mode: either way, settled before serving.
  instanceSecret("NEXTAUTH_SECRET");
  instanceSecret("ENCRYPTION_KEY");
  const { kind } = await database().catch((error: unknown) => {
    if (!(error instanceof DataDirInUseError)) throw error;
    // Serving would lose data: say why and stop, rather than start a console that cannot work.
    logger.fatal(error.message);
    console.error(`\n${error.message}\n`);
    process.exit(1);
  });
  await ensureAdminFromEnv();
  const monitor = monitorRunsInProcess() && process.env.NEXT_PHASE !== "phase-production-build";
  const intervalS = monitorIntervalS();
  if (monitor) startMonitorLoop(intervalS * 1000);
  logger.info({ database: kind, monitor: monitor ? `every ${intervalS} s` : "off" }, "patchbay started");
}
