import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DataDirInUseError, lockDataDir } from "./data-dir-lock";
import { openDatabase } from "./open-database";

let dir: string;
afterEach(() => fs.rmSync(path.dirname(dir), { recursive: true, force: true }));
const freshDir = () => (dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "patchbay-lock-")), "pglite"));

/** Another process that takes the lock through the same module, says so, and lives until killed. */
function otherProcess(target: string): Promise<{ pid: number; kill: () => Promise<void> }> {
  const script = `const m = await import(${JSON.stringify(path.resolve("lib/server/db/data-dir-lock.ts"))}); const lockDataDir = m.lockDataDir ?? m.default.lockDataDir; await lockDataDir(${JSON.stringify(target)}); console.log("locked"); setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", "--input-type=module", "-e", script], { stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("locked")) resolve({ pid: child.pid!, kill: () => new Promise((done) => (child.once("exit", () => done()), child.kill("SIGKILL"))) });
    });
    child.once("exit", (code) => reject(new Error(`the other process exited (${code})`)));
  });
}

describe("one process per embedded database", () => {
  it("refuses a second opener with a message that says what to do", async () => {
    const first = await lockDataDir(freshDir());
    const second = lockDataDir(dir);
    await expect(second).rejects.toBeInstanceOf(DataDirInUseError);
    await expect(second).rejects.toThrow(new RegExp(`pid ${process.pid}.*DATABASE_URL`));
    await first.release();
    await (await lockDataDir(dir)).release();
  });

  it("refuses while another process holds it, and is free again once that process is killed (-9)", async () => {
    const other = await otherProcess(freshDir());
    await expect(lockDataDir(dir)).rejects.toThrow(`pid ${other.pid}`);
    await other.kill();
    const lock = await lockDataDir(dir);
    await lock.release();
  }, 30_000);

  it("keeps PGlite itself from opening a directory another opener holds", async () => {
    const database = await openDatabase({ dir: freshDir() });
    await expect(openDatabase({ dir })).rejects.toBeInstanceOf(DataDirInUseError);
    await database.close();
    const again = await openDatabase({ dir });
    await again.close();
  }, 60_000);
});
