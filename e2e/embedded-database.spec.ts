import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { waitForHealth } from "../scripts/demo/console-api";
import { E2E } from "../playwright.config";

// PGlite serves one process: a second console on the same DATA_DIR must refuse to start (it would
// see only its own writes, then leave the folder unreadable), and a crash must not lock it for good.

function startConsole(port: number, dataDir: string): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ["scripts/serve.mjs", "-H", "127.0.0.1", "-p", String(port)], {
    env: { ...process.env, DATA_DIR: dataDir, MONITOR_DISABLED: "true", NEXTAUTH_URL: `http://127.0.0.1:${port}` },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  return { child, output: () => output, exited };
}

test("a second console on a DATA_DIR in use refuses to start and says why", async () => {
  test.setTimeout(90_000);
  // The suite's own console holds E2E.dataDir.
  const second = startConsole(3121, E2E.dataDir);
  expect(await second.exited).toBe(1);
  expect(second.output()).toContain("Another Patchbay process");
  expect(second.output()).toContain("DATABASE_URL");
  expect((await fetch(`http://127.0.0.1:${E2E.consolePort}/api/health`)).status).toBe(200); // the first one is unharmed
});

test("after the console holding a DATA_DIR is killed (-9), a new one starts on it and finds its data", async () => {
  test.setTimeout(120_000);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "patchbay-crash-"));
  try {
    const first = startConsole(3122, dataDir);
    await waitForHealth("http://127.0.0.1:3122");
    const setup = await fetch("http://127.0.0.1:3122/api/setup", { method: "POST", headers: { "content-type": "application/json", origin: "http://127.0.0.1:3122" }, body: JSON.stringify({ email: "crash@patchbay.test", name: "Crash", password: "a-long-enough-password-1" }) });
    expect(setup.status).toBe(201);
    process.kill(-first.child.pid!, "SIGKILL");
    await first.exited;

    const second = startConsole(3122, dataDir);
    try {
      await waitForHealth("http://127.0.0.1:3122");
      // The admin made before the crash is there: setup is closed.
      expect((await fetch("http://127.0.0.1:3122/api/setup", { method: "POST", headers: { "content-type": "application/json", origin: "http://127.0.0.1:3122" }, body: JSON.stringify({ email: "again@patchbay.test", name: "Again", password: "a-long-enough-password-2" }) })).status).toBe(409);
    } finally {
      process.kill(-second.child.pid!, "SIGTERM");
      await second.exited;
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
