// The yardstick for `npm run bench`: the least a proxy can do. Every request is passed to the
// vendor (UPSTREAM + the path, with X-API-KEY) over pooled keep-alive connections, no auth, no cache.
import { createServer } from "node:http";
import { Pool } from "undici";

const upstream = new URL(process.env.UPSTREAM);
const pool = new Pool(upstream.origin, { connections: 64, pipelining: 1 });
const basePath = upstream.pathname.replace(/\/+$/, "");

createServer(async (req, res) => {
  try {
    const answer = await pool.request({ method: "GET", path: `${basePath}${req.url}`, headers: { "x-api-key": process.env.API_KEY } });
    res.writeHead(answer.statusCode, { "content-type": answer.headers["content-type"] ?? "application/json" });
    for await (const chunk of answer.body) res.write(chunk);
    res.end();
  } catch (error) {
    res.writeHead(502).end(String(error));
  }
}).listen(Number(process.env.PORT), "127.0.0.1", () => console.log("ready"));
