// Issue 17: the overview's attention answer over a large estate — 10,000 Nettica devices, 2,000
// ProVision blocks, 5,000 N2N devices and Megaport's 455 recorded products — through the built
// console (GET /api/attention, as the overview asks for it), cold and then warm.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TRunningSimulators } from "../../simulators";
import { demoConnections } from "../demo/demo-connections";
import { consoleApi, signIn, waitForHealth } from "../demo/console-api";
import { start, stop } from "./console-process";
import { percentile, type TBenchResult } from "./measure";
import { growSimulators, type TEstate } from "./grow-simulators";

const ESTATE: TEstate = { netticaDevices: 10_000, provisionBlocks: 2_000, n2nDevices: 5_000 };
const PORT = 3293;
const ADMIN = { email: "bench-scale@patchbay.test", password: "bench-scale-password-1234" };
const WARM_READS = 20;
const TARGET_MS = 300;

type TOverview = { sections: { vendor: string; connections: { state: string; error: string | null }[]; items: unknown[] }[]; items: unknown[] };

export async function attentionAtScale(sims: TRunningSimulators): Promise<TBenchResult[]> {
  const grown = growSimulators(sims, ESTATE);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "patchbay-bench-scale-"));
  const baseUrl = `http://127.0.0.1:${PORT}`;
  const child = start(process.execPath, [path.join("scripts", "serve.mjs"), "-H", "127.0.0.1", "-p", String(PORT)], {
    DATA_DIR: dataDir,
    NEXTAUTH_URL: baseUrl,
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    MONITOR_DISABLED: "true",
    LOG_LEVEL: "warn",
  });
  try {
    await waitForHealth(baseUrl);
    const session = await signIn(baseUrl, ADMIN.email, ADMIN.password);
    // The estate's key may spend what a large N2N account would: the bench measures the console, not the quota.
    sims.simulators.n2n.control.setKeyLimits(sims.credentials.n2n.apiKey, { tps: 50, tpd: 1_000_000 });
    for (const connection of demoConnections(sims.urls, sims.credentials)) {
      const values = connection.vendor === "n2n" ? { ...connection.values, tps: "50", tpd: "1000000" } : connection.values;
      await consoleApi(session, "/api/connections", { method: "POST", body: { ...connection, values } });
    }
    const read = async () => {
      const started = performance.now();
      const overview = await consoleApi<TOverview>(session, "/api/attention");
      return { ms: performance.now() - started, overview };
    };
    // Cold: every vendor's lists read and judged. A vendor slower than the answer's 5 s says so and is judged on.
    const cold = await read();
    let warm = cold;
    const deadline = Date.now() + 120_000;
    while (warm.overview.sections.some((section) => section.connections.some((c) => c.state !== "ok")) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      warm = await read();
    }
    const failing = warm.overview.sections.flatMap((section) => section.connections.filter((c) => c.state !== "ok").map((c) => `${section.vendor}: ${c.error}`));
    const times: number[] = [];
    for (let n = 0; n < WARM_READS; n++) times.push((await read()).ms);
    const median = percentile(times, 50);
    const counts = warm.overview.sections.map((section) => `${section.vendor} ${section.items.length}`).join(", ");
    return [
      {
        name: `attention overview over ${grown}: cold (first evaluation of every list)${failing.length ? `; not ok: ${failing.join("; ")}` : ""}`,
        value: cold.ms,
        unit: "ms",
        target: "reference",
        ok: failing.length === 0,
      },
      {
        name: `attention overview, warm, median of ${WARM_READS} (p95 ${percentile(times, 95).toFixed(0)} ms; ${warm.overview.items.length} items: ${counts})`,
        value: median,
        unit: "ms",
        target: `< ${TARGET_MS} ms`,
        ok: median < TARGET_MS && failing.length === 0,
      },
    ];
  } finally {
    await stop(child);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
