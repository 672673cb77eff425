// Side by side under the same load: a bare Node+undici proxy (scripts/bench/bare-proxy.mjs) and the
// built console on PGlite (and on Postgres when TEST_DATABASE_URL is set), all serving the Nettica
// device list; interleaved rounds, so a busy moment of the machine hits every contender alike. The
// simulators run in a process of their own, so the load generator takes no CPU from the proxy's vendor.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { Client } from "pg";
import { N2N_CREDENTIALS, NETTICA_CREDENTIALS } from "../../simulators/credentials";
import { signIn, waitForHealth } from "../demo/console-api";
import { start, stop } from "./console-process";
import { firstLoadJs, firstLoadResults, pageRoutes } from "./first-load";
import type { TBenchResult } from "./measure";

const ROUNDS = 3;
const CONNECTIONS = 32;
const DURATION_S = 10;
const ADMIN = { email: "bench@patchbay.test", password: "bench-admin-password-1234" };
const SIMULATOR_PORT = 3289;
const SIMS = { nettica: `http://127.0.0.1:${SIMULATOR_PORT}/nettica`, n2n: `http://127.0.0.1:${SIMULATOR_PORT}/n2n` };

type TContender = { name: string; url: string; headers: Record<string, string>; pid?: number };
type TLoad = { rps: number; p50: number; p99: number; non2xx: number };

async function load(target: TContender, connections: number, durationS: number): Promise<TLoad> {
  const result = await autocannon({ url: target.url, connections, duration: durationS, headers: target.headers });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx + result.errors };
}

/** The resident memory of a process and its children, in MiB (Linux /proc). */
export function rssMiB(pid: number): number {
  const children = (parent: number): number[] => {
    try {
      const list = fs.readFileSync(`/proc/${parent}/task/${parent}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
      return list.flatMap((child) => [child, ...children(child)]);
    } catch {
      return [];
    }
  };
  let kib = 0;
  for (const id of [pid, ...children(pid)]) {
    const status = fs.readFileSync(`/proc/${id}/status`, "utf8");
    kib += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  }
  return kib / 1024;
}

async function waitFor(url: string): Promise<void> {
  for (let tries = 0; tries < 120; tries++) {
    if (await fetch(url).then(() => true, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer`);
}

/** A built console on its own port and database, with the simulators as its environment connections. */
async function startConsole(port: number, database: Record<string, string>): Promise<{ child: ChildProcess; baseUrl: string; startMs: number }> {
  const baseUrl = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = start(process.execPath, [path.join("scripts", "serve.mjs"), "-H", "127.0.0.1", "-p", String(port)], {
    ...database,
    NEXTAUTH_URL: baseUrl,
    NEXTAUTH_SECRET: "bench-nextauth-secret-0123456789abcdef",
    ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64"),
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    NETTICA_BASE_URL: SIMS.nettica,
    NETTICA_API_KEY: NETTICA_CREDENTIALS.apiKey,
    N2N_BASE_URL: SIMS.n2n,
    N2N_API_KEY: N2N_CREDENTIALS.apiKey,
    N2N_TPS: "2",
    MONITOR_DISABLED: "true",
    LOG_LEVEL: "warn",
  });
  await waitForHealth(baseUrl);
  return { child, baseUrl, startMs: performance.now() - started };
}

const simStats = async (vendor: string) => (await (await fetch(`http://127.0.0.1:${SIMULATOR_PORT}/${vendor}/_sim/stats`)).json()) as { byStatus: Record<string, number> };

export async function versusProxy(): Promise<TBenchResult[]> {
  if (!fs.existsSync(path.join(".next", "BUILD_ID"))) {
    console.log("(building the console for the side-by-side bench)");
    const build = spawn("npm", ["run", "build"], { stdio: "inherit" });
    await new Promise((resolve) => build.once("exit", resolve));
  }
  const results: TBenchResult[] = [];
  const children: ChildProcess[] = [];
  const serverUrl = process.env.TEST_DATABASE_URL;
  const databaseName = `patchbay_bench_${randomBytes(4).toString("hex")}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "patchbay-bench-"));
  try {
    children.push(start("npx", ["tsx", "scripts/simulators.ts"], { PORT: String(SIMULATOR_PORT) }));
    await waitFor(`${SIMS.nettica}/device`);
    const proxy = start(process.execPath, ["scripts/bench/bare-proxy.mjs"], { UPSTREAM: SIMS.nettica, API_KEY: NETTICA_CREDENTIALS.apiKey, PORT: "3290" });
    children.push(proxy);
    await waitFor("http://127.0.0.1:3290/device");
    const contenders: TContender[] = [{ name: "bare proxy", url: "http://127.0.0.1:3290/device", headers: {} }];

    const consoles: { name: string; port: number; database: Record<string, string> }[] = [{ name: "PGlite", port: 3291, database: { DATA_DIR: dataDir } }];
    if (serverUrl) {
      const admin = new Client({ connectionString: serverUrl });
      await admin.connect();
      await admin.query(`create database ${databaseName}`);
      await admin.end();
      const url = new URL(serverUrl);
      url.pathname = `/${databaseName}`;
      consoles.push({ name: "Postgres", port: 3292, database: { DATABASE_URL: url.toString() } });
    }
    for (const { name, port, database } of consoles) {
      const { child, baseUrl, startMs } = await startConsole(port, database);
      children.push(child);
      const rss = rssMiB(child.pid!);
      results.push({ name: `console on ${name}: start, then RSS (${startMs.toFixed(0)} ms to healthy)`, value: rss, unit: "MiB", target: name === "PGlite" ? "≤ 300 MiB" : "reference", ok: name !== "PGlite" || rss <= 300 });
      const session = await signIn(baseUrl, ADMIN.email, ADMIN.password);
      contenders.push({ name, url: `${baseUrl}/api/v/nettica/env:nettica/devices`, headers: { cookie: session.cookie }, pid: child.pid });
      if (name === "PGlite") {
        // What each page makes the browser load first (the same build whatever the database).
        const { routes, skipped } = await pageRoutes(baseUrl, session.cookie);
        for (const { pattern, reason } of skipped) console.log(`(first load: ${pattern} skipped: ${reason})`);
        results.push(...firstLoadResults(await firstLoadJs(baseUrl, session.cookie, routes)));
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (const contender of contenders) await load(contender, CONNECTIONS, 10); // warm: connections, JIT (Next.js code runs faster after seconds of load), caches

    const rounds = new Map<string, TLoad[]>(contenders.map((c) => [c.name, []]));
    for (let round = 0; round < ROUNDS; round++) {
      for (const contender of contenders) rounds.get(contender.name)!.push(await load(contender, CONNECTIONS, DURATION_S));
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const proxyRounds = rounds.get("bare proxy")!;
    for (const contender of contenders) {
      const runs = rounds.get(contender.name)!;
      const summary = `p50 ${median(runs.map((r) => r.p50))} ms, p99 ${median(runs.map((r) => r.p99))} ms, ${runs.map((r) => r.rps.toFixed(0)).join("/")} req/s, ${runs.reduce((n, r) => n + r.non2xx, 0)} not 2xx`;
      if (contender.name === "bare proxy") {
        results.push({ name: `bare proxy, ${CONNECTIONS} connections × ${DURATION_S} s × ${ROUNDS} (${summary})`, value: median(runs.map((r) => r.rps)), unit: "req/s", target: "reference", ok: true });
        continue;
      }
      const ratios = runs.map((run, n) => run.rps / proxyRounds[n]!.rps);
      const target = contender.name === "Postgres" ? 1.0 : 0.8;
      results.push({ name: `console on ${contender.name} ÷ bare proxy, throughput (${summary}; ratios ${ratios.map((r) => r.toFixed(2)).join("/")})`, value: median(ratios), unit: "×", target: `≥ ${target}`, ok: median(ratios) >= target && runs.every((r) => r.non2xx === 0) });
      results.push({ name: `console on ${contender.name}: RSS after load`, value: rssMiB(contender.pid!), unit: "MiB", target: "reference", ok: true });
    }

    // One connection: what the console adds to a direct call of the vendor.
    const direct = await load({ name: "direct", url: `${SIMS.nettica}/device`, headers: { "x-api-key": NETTICA_CREDENTIALS.apiKey } }, 1, 5);
    for (const contender of contenders.slice(1)) {
      const single = await load(contender, 1, 5);
      results.push({ name: `console on ${contender.name}, one connection: p50 added over a direct call (${single.p50} vs ${direct.p50} ms)`, value: single.p50 - direct.p50, unit: "ms", target: "≤ 2 ms", ok: single.p50 - direct.p50 <= 2 });
    }

    // An env connection with N2N_TPS=2 on a key N2N holds to 2 TPS: 50 pages at once, no 429 from N2N.
    await fetch(`${SIMS.n2n}/_sim/apikeys/${N2N_CREDENTIALS.apiKey}/limits`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ tps: 2, tpd: 100_000 }) });
    const n2nBefore = await simStats("n2n");
    const pglite = contenders.find((c) => c.name === "PGlite")!;
    const consoleUrl = new URL(pglite.url).origin;
    const pages = await Promise.all(
      Array.from({ length: 50 }, (_, n) => fetch(`${consoleUrl}/api/v/n2n/env:n2n/devices?limit=10&skip=${n * 10}`, { headers: pglite.headers }).then((r) => r.status)),
    );
    const n2nAfter = await simStats("n2n");
    const throttled = (n2nAfter.byStatus["429"] ?? 0) - (n2nBefore.byStatus["429"] ?? 0);
    results.push({ name: `50 N2N pages at once, env connection with N2N_TPS=2 → upstream 429s (${pages.filter((s) => s === 200).length} of 50 answered 200)`, value: throttled, unit: "calls", target: "0", ok: throttled === 0 && pages.every((s) => s === 200) });
  } finally {
    await Promise.all(children.map(stop));
    fs.rmSync(dataDir, { recursive: true, force: true });
    if (serverUrl) {
      const admin = new Client({ connectionString: serverUrl });
      await admin.connect();
      await admin.query(`drop database if exists ${databaseName} with (force)`);
      await admin.end();
    }
  }
  return results;
}
