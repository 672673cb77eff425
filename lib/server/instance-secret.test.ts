import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";

// A fresh module each time: the secret is cached per process.
async function load() {
  vi.resetModules();
  return (await import("./instance-secret")).instanceSecret;
}

describe("instance secrets", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("are generated once into DATA_DIR with mode 0600 in embedded mode, and reused after a restart", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "patchbay-secret-"));
    vi.stubEnv("DATA_DIR", dir);
    vi.stubEnv("DATABASE_URL", "");
    vi.stubEnv("ENCRYPTION_KEY", "");
    const first = (await load())("ENCRYPTION_KEY");
    expect(Buffer.from(first, "base64")).toHaveLength(32);
    const file = path.join(dir, "encryption-key");
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect((await load())("ENCRYPTION_KEY")).toBe(first);
  });

  it("are required when DATABASE_URL is set, with a message naming the variable", async () => {
    vi.stubEnv("DATABASE_URL", "postgres://example.invalid/db");
    vi.stubEnv("NEXTAUTH_SECRET", "");
    await expect(load().then((secret) => secret("NEXTAUTH_SECRET"))).rejects.toThrow(/NEXTAUTH_SECRET must be set when DATABASE_URL is set/);
  });
});
