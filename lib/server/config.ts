import "server-only";
import path from "node:path";

/** Where the embedded database and generated instance secrets live. */
export function dataDir(): string {
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), process.env.DATA_DIR || "./data");
}

/** Embedded mode: no DATABASE_URL, so PGlite in DATA_DIR and generated secrets. */
export function isEmbedded(): boolean {
  return !process.env.DATABASE_URL;
}
