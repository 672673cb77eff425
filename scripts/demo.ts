// `npm run demo`: the whole console on its embedded defaults against the vendor simulators.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import { startSimulators } from "../simulators";
import { consoleApi, signIn, waitForHealth } from "./demo/console-api";
import { demoConnections } from "./demo/demo-connections";

const PORT = Number(process.env.PORT ?? 3000);
const SIMULATOR_PORT = Number(process.env.SIMULATOR_PORT ?? 4010);
const DATA_DIR = process.env.DATA_DIR ?? "./data/demo";
const ADMIN = { email: process.env.ADMIN_EMAIL ?? "admin@patchbay.demo", password: process.env.ADMIN_PASSWORD ?? "patchbay-demo-admin" };
const consoleUrl = `http://127.0.0.1:${PORT}`;

async function main() {
  if (!fs.existsSync(".next/BUILD_ID") || process.env.DEMO_REBUILD === "1") {
    console.log("Building the console (first run only)…");
    const build = spawnSync("npm", ["run", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }

  const simulators = await startSimulators({ port: SIMULATOR_PORT, seed: 1 });
  const server = spawn(process.execPath, ["scripts/serve.mjs", "-H", "127.0.0.1", "-p", String(PORT)], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, DATA_DIR, ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, NEXTAUTH_URL: consoleUrl, NEXT_TELEMETRY_DISABLED: "1" },
  });
  const stop = () => {
    server.kill("SIGTERM");
    void simulators.close().then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  server.on("exit", (code) => {
    void simulators.close().then(() => process.exit(code ?? 1));
  });

  await waitForHealth(consoleUrl);
  const session = await signIn(consoleUrl, ADMIN.email, ADMIN.password);
  const { connections } = await consoleApi<{ connections: { vendor: string }[] }>(session, "/api/connections");
  for (const connection of demoConnections(simulators.urls, simulators.credentials)) {
    if (connections.some((c) => c.vendor === connection.vendor)) continue;
    await consoleApi(session, "/api/connections", { method: "POST", body: connection });
  }

  console.log(
    [
      "",
      "Patchbay demo is running.",
      `  Console:    ${consoleUrl}`,
      `  Sign in:    ${ADMIN.email} / ${ADMIN.password}`,
      `  Simulators: ${simulators.url} (npm run simulators prints their credentials)`,
      `  Data:       ${DATA_DIR} (delete it to start over)`,
      "Press Ctrl+C to stop.",
    ].join("\n"),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
