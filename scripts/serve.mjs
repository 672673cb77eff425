// `npm start`: the built console, as `next start` serves it, plus the brotli copies of its scripts
// (scripts/brotli-static.mjs). Options as next start's: -H/--hostname (default: every interface),
// -p/--port (default: PORT, else 3000).
import http from "node:http";
import path from "node:path";
import next from "next";
import { brotliStatic } from "./brotli-static.mjs";

function option(short, long, fallback) {
  const args = process.argv.slice(2);
  const at = args.findIndex((arg) => arg === short || arg === long);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
}

const hostname = option("-H", "--hostname", undefined);
const port = Number(option("-p", "--port", process.env.PORT || "3000"));
process.env.NODE_ENV = "production";

const app = next({ dev: false, hostname: hostname ?? "localhost", port });
const handle = app.getRequestHandler();
const brotli = brotliStatic(path.join(process.cwd(), ".next", "static"));

await app.prepare();
const server = http.createServer((req, res) => {
  brotli(req, res)
    .then((served) => (served ? undefined : handle(req, res)))
    .catch((error) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
});
server.listen(port, hostname, () => console.log(`Patchbay ready on http://${hostname ?? "localhost"}:${port}`));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.close(() => process.exit(0)));
