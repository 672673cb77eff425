import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { signIn, waitForHealth, type TConsoleSession } from "../scripts/demo/console-api";
import { admin } from "./support";

/** One call's answer: status and JSON body (empty when there is none). */
export type TCallAnswer = { status: number; body: Record<string, unknown> };

export type TConsolePair = {
  urls: string[];
  /** One call to an instance's own API as the signed-in admin; never throws on a status. */
  call(instance: number, path: string, init?: { method?: string; body?: unknown; otp?: string }): Promise<TCallAnswer>;
  /** One scheduled pass on every instance at once, as two cron invocations or two VMs' loops would run it. */
  passes(): Promise<void>;
  stop(): Promise<void>;
};

async function onServer(serverUrl: string, statement: string) {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * Console processes (the built `npm start`) on one new Postgres database, each signed in as the
 * e2e admin: several instances behind a load balancer, or on Vercel. No in-process monitor loop:
 * `passes()` runs the scheduled pass through /api/cron/monitor. `envOf(n)` adds an instance's own variables.
 */
export async function startConsolePair(options: { serverUrl: string; ports: readonly number[]; cronSecret: string; envOf?: (instance: number) => Record<string, string> }): Promise<TConsolePair> {
  const databaseName = `patchbay_pair_${randomBytes(4).toString("hex")}`;
  await onServer(options.serverUrl, `create database ${databaseName}`);
  const url = new URL(options.serverUrl);
  url.pathname = `/${databaseName}`;
  const consoles: ChildProcess[] = options.ports.map((port, instance) => {
    const env: NodeJS.ProcessEnv = {
      CRON_SECRET: options.cronSecret,
      ...process.env,
      ...options.envOf?.(instance),
      PORT: String(port),
      DATABASE_URL: url.toString(),
      NEXTAUTH_SECRET: "console-pair-share-this-secret-0123456789",
      ENCRYPTION_KEY: Buffer.alloc(32, 42).toString("base64"),
      ADMIN_EMAIL: admin.email,
      ADMIN_PASSWORD: admin.password,
      MONITOR_DISABLED: "true",
      LOG_LEVEL: "warn",
    };
    delete env.NEXTAUTH_URL; // each instance answers on its own origin
    return spawn(process.execPath, ["scripts/serve.mjs", "-H", "127.0.0.1", "-p", String(port)], { env, stdio: "ignore", detached: true });
  });
  const urls = options.ports.map((port) => `http://127.0.0.1:${port}`);
  const stop = async () => {
    await Promise.all(
      consoles.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            child.once("exit", () => resolve());
            process.kill(-child.pid!, "SIGTERM");
          }),
      ),
    );
    await onServer(options.serverUrl, `drop database if exists ${databaseName} with (force)`);
  };
  let sessions: TConsoleSession[];
  try {
    await Promise.all(urls.map((consoleUrl) => waitForHealth(consoleUrl)));
    sessions = await Promise.all(urls.map((consoleUrl) => signIn(consoleUrl, admin.email, admin.password)));
  } catch (failure) {
    await stop();
    throw failure;
  }

  const call: TConsolePair["call"] = async (instance, path, init = {}) => {
    const session = sessions[instance]!;
    const headers: Record<string, string> = { cookie: session.cookie, origin: session.baseUrl };
    if (init.body !== undefined) headers["content-type"] = "application/json";
    if (init.otp) headers["x-vendor-otp"] = init.otp;
    const response = await fetch(`${session.baseUrl}${path}`, { method: init.method ?? "GET", headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
    return { status: response.status, body: (await response.json().catch(() => ({}))) as Record<string, unknown> };
  };
  const passes = async () => {
    const answers = await Promise.all(urls.map((consoleUrl) => fetch(`${consoleUrl}/api/cron/monitor`, { headers: { authorization: `Bearer ${options.cronSecret}` } })));
    const failed = answers.filter((answer) => answer.status !== 200);
    if (failed.length > 0) throw new Error(`a scheduled pass answered ${failed.map((answer) => answer.status).join(", ")}`);
  };
  return { urls, call, passes, stop };
}
