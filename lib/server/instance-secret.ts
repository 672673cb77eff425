import "server-only";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { dataDir, isEmbedded } from "./config";

const cache = new Map<string, string>();

/**
 * A per-instance secret: from the environment, or in embedded mode generated once into
 * DATA_DIR with mode 0600. With DATABASE_URL set, instances must share it, so it is required.
 */
export function instanceSecret(envVar: "NEXTAUTH_SECRET" | "ENCRYPTION_KEY"): string {
  const fromEnv = process.env[envVar];
  if (fromEnv) return fromEnv;
  const cached = cache.get(envVar);
  if (cached) return cached;
  if (!isEmbedded()) {
    throw new Error(`${envVar} must be set when DATABASE_URL is set (every instance needs the same value).`);
  }
  const file = path.join(dataDir(), envVar.toLowerCase().replace("_", "-"));
  let value: string;
  try {
    value = fs.readFileSync(file, "utf8").trim();
  } catch {
    fs.mkdirSync(dataDir(), { recursive: true });
    value = randomBytes(32).toString("base64");
    try {
      fs.writeFileSync(file, value, { mode: 0o600, flag: "wx" });
    } catch {
      // Another process created it first: use theirs.
      value = fs.readFileSync(file, "utf8").trim();
    }
  }
  cache.set(envVar, value);
  return value;
}
