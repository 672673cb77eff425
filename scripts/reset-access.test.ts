import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { beginAttempt, settleAttempt } from "@/lib/server/auth/sign-in-throttle";
import { verifyPassword } from "@/lib/server/auth/password";
import { useDatabaseForTests } from "@/lib/server/db/client";
import { openDatabase } from "@/lib/server/db/open-database";
import { createUser, findUserByEmail } from "@/lib/server/users";

// The README's way back in from the server's shell, run as an operator would, on an embedded database.
describe("npm run reset-access", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "patchbay-reset-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const email = "only-admin@patchbay.test";

  it("sets a new password and clears the sign-in locks of a user who cannot sign in", async () => {
    const seeded = await openDatabase({ dir: path.join(dir, "pglite") });
    useDatabaseForTests(seeded);
    try {
      await createUser({ email, password: "forgotten-password-123", role: "admin" });
      for (let i = 0; i < 5; i++) await settleAttempt(await beginAttempt({ account: email, ip: "10.1.1.1" }), "failed");
      expect((await beginAttempt({ account: email, ip: "10.1.1.1" })).allowed).toBe(false);
    } finally {
      useDatabaseForTests(undefined);
      await seeded.close();
    }

    const run = spawnSync("npx", ["tsx", "--conditions=react-server", "scripts/reset-access.ts", email, "--remove-mfa"], {
      env: { ...process.env, VITEST: "", DATA_DIR: dir, DATABASE_URL: "", RESET_PASSWORD: "regained-access-456" },
      encoding: "utf8",
    });
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain(`${email}: new password set, two-factor authentication off, sessions ended, sign-in locks cleared.`);
    expect(run.stdout).not.toContain("regained-access-456");

    const after = await openDatabase({ dir: path.join(dir, "pglite") });
    useDatabaseForTests(after);
    try {
      const user = await findUserByEmail(email);
      expect(await verifyPassword("regained-access-456", user!.passwordHash)).toBe(true);
      expect((await beginAttempt({ account: email, ip: "10.1.1.1" })).allowed).toBe(true);
    } finally {
      useDatabaseForTests(undefined);
      await after.close();
    }
  }, 120_000);
});
