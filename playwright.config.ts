import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";

export const E2E = {
  consolePort: 3100,
  simulatorPort: 4110,
  dataDir: ".e2e-data",
  adminEmail: "admin@patchbay.test",
  adminPassword: "correct-horse-battery-staple",
  /** Lets the route-guard spec call /api/cron/monitor as Vercel Cron would. */
  cronSecret: "e2e-cron-secret-0c4f9a7d2b",
};

// Debian's Chromium where it is installed (no browser download here); Playwright's own otherwise.
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const executablePath = fs.existsSync(chromium) ? chromium : undefined;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://127.0.0.1:${E2E.consolePort}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath,
          args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        },
      },
    },
  ],
  webServer: [
    {
      command: `npx tsx scripts/simulators.ts`,
      env: { PORT: String(E2E.simulatorPort) },
      // Any answer means it is up: Playwright counts a 401 as ready.
      url: `http://127.0.0.1:${E2E.simulatorPort}/nettica/device`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: "node scripts/e2e-server.mjs",
      env: {
        PORT: String(E2E.consolePort),
        DATA_DIR: E2E.dataDir,
        ADMIN_EMAIL: E2E.adminEmail,
        ADMIN_PASSWORD: E2E.adminPassword,
        NEXTAUTH_URL: `http://127.0.0.1:${E2E.consolePort}`,
        CRON_SECRET: E2E.cronSecret,
        // The scheduled pass reads every connection's lists (attention alerts) every minute; specs that
        // count vendor calls must not see it. Specs that need a pass call /api/cron/monitor, as Vercel Cron does.
        MONITOR_DISABLED: "true",
      },
      url: `http://127.0.0.1:${E2E.consolePort}/api/health`,
      reuseExistingServer: false,
      timeout: 600_000,
      stdout: "pipe",
    },
  ],
});
