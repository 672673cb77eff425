import os from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // `server-only` throws outside React Server Components; tests run server code directly.
      "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    environment: "node",
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**", "e2e/**", ".next/**", "data/**"],
    // Generated instance secrets go to a folder of the tests' own, never the project's ./data.
    env: { DATA_DIR: path.join(os.tmpdir(), "patchbay-vitest-data") },
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
