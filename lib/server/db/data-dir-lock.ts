import "server-only";
import { createHash } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

/** Thrown when another process holds the embedded database: two would each see only their own writes, then corrupt it. */
export class DataDirInUseError extends Error {
  constructor(dir: string, holder: string) {
    super(
      `Another Patchbay process (${holder}) is using the embedded database in ${dir}. ` +
        "PGlite serves one process only: stop the other one, give this one another DATA_DIR, " +
        "or run several instances on one Postgres server with DATABASE_URL.",
    );
    this.name = "DataDirInUseError";
  }
}

export type TDataDirLock = { release: () => Promise<void> };

/**
 * On Linux an abstract socket (no file: nothing is left behind by a crash, so two processes
 * starting after one cannot both take it). Elsewhere a socket file beside the folder; a Unix
 * socket path may hold ~100 bytes, so a long DATA_DIR gets a short, stable one in the temp folder.
 */
function socketPathOf(dir: string): string {
  const digest = createHash("sha256").update(path.resolve(dir)).digest("hex").slice(0, 32);
  if (process.platform === "linux") return `\0patchbay-pglite-${digest}`;
  const beside = `${path.resolve(dir)}.lock`;
  if (Buffer.byteLength(beside) <= 100) return beside;
  return path.join(os.tmpdir(), `patchbay-${digest}.lock`);
}

function listen(server: net.Server, socketPath: string): Promise<"listening" | "in-use"> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => (error.code === "EADDRINUSE" ? resolve("in-use") : reject(error));
    server.once("error", onError);
    server.listen(socketPath, () => {
      server.off("error", onError);
      resolve("listening");
    });
  });
}

/** Who answers on the socket ("pid 123"), or null when nobody does: the holder is gone (a crash leaves the file). */
function holderOf(socketPath: string): Promise<string | null> {
  return new Promise((resolve) => {
    const socket = net.connect(socketPath);
    let said = "";
    socket.setEncoding("utf8");
    socket.on("data", (chunk) => (said += chunk));
    socket.on("end", () => resolve(said.trim() || "a running process"));
    socket.on("error", () => resolve(null));
    socket.setTimeout(2_000, () => {
      socket.destroy();
      resolve("a process that does not answer");
    });
  });
}

/**
 * Holds the embedded database's directory for this process's life: a listening Unix socket
 * named after it (socketPathOf),
 * which the kernel closes when the process ends, however it ends. A second process finds it
 * answering and refuses to start; after a crash the socket file is left with nobody listening,
 * and the next process takes it over.
 */
export async function lockDataDir(dir: string): Promise<TDataDirLock> {
  fs.mkdirSync(path.dirname(path.resolve(dir)), { recursive: true });
  const socketPath = socketPathOf(dir);
  const server = net.createServer((socket) => socket.end(`pid ${process.pid}\n`));
  for (let attempt = 0; attempt < 2; attempt++) {
    if ((await listen(server, socketPath)) === "listening") {
      server.unref(); // the lock never keeps a process alive by itself
      return { release: () => new Promise((resolve) => server.close(() => resolve())) };
    }
    const holder = await holderOf(socketPath);
    if (holder !== null) throw new DataDirInUseError(dir, holder);
    if (!socketPath.startsWith("\0")) fs.rmSync(socketPath, { force: true }); // a file left by a process that crashed
  }
  throw new DataDirInUseError(dir, "a process that keeps taking the lock");
}
