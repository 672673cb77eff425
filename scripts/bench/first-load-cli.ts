// npx tsx scripts/bench/first-load-cli.ts <baseUrl> <email> <password> [route…]: signs in as that admin
// and prints each page's first-load JavaScript (every page of app/ unless routes are named).
import { signIn } from "../demo/console-api";
import { FIRST_LOAD_BUDGET_BYTES, firstLoadJs, pageRoutes } from "./first-load";

async function main() {
  const [baseUrl, email, password, ...named] = process.argv.slice(2);
  if (!baseUrl || !email || !password) throw new Error("Usage: npx tsx scripts/bench/first-load-cli.ts <baseUrl> <email> <password> [route…]");
  const { cookie } = await signIn(baseUrl, email, password);
  const { routes, notes, skipped } = named.length ? { routes: named, notes: [], skipped: [] } : await pageRoutes(baseUrl, cookie);
  const rows = await firstLoadJs(baseUrl, cookie, routes);
  const kb = (bytes: number) => (bytes / 1000).toFixed(1).padStart(7);
  const width = Math.max(5, ...rows.map((r) => r.route.length));
  console.log(`${"route".padEnd(width)}  sent KB  gzip KB  brotli KB  scripts`);
  for (const row of rows) {
    const verdict = row.sentBytes <= FIRST_LOAD_BUDGET_BYTES ? "ok" : "OVER";
    console.log(`${row.route.padEnd(width)}  ${kb(row.sentBytes)}  ${kb(row.gzipBytes)}  ${kb(row.brotliBytes)}    ${String(row.scripts).padStart(5)}  ${verdict}`);
  }
  for (const note of notes) console.log(`note: ${note}`);
  for (const { pattern, reason } of skipped) console.log(`skipped ${pattern}: ${reason}`);
  if (rows.some((r) => r.sentBytes > FIRST_LOAD_BUDGET_BYTES)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
