// The built scripts and stylesheets (content-hashed, never changed in place) sent as the brotli copy
// scripts/precompress-static.mjs wrote beside each, to a browser that takes brotli. Next.js itself
// only gzips, and drops a Content-Encoding that its proxy or a route sets, so this runs before it.
import fs from "node:fs/promises";
import path from "node:path";

const STATIC_ASSET = /^\/_next\/static\/[\w.-]+(?:\/[\w.-]+)*\.(js|css)$/;
const CONTENT_TYPES = { js: "application/javascript; charset=UTF-8", css: "text/css; charset=UTF-8" };

/** Whether the browser takes brotli ("br" in Accept-Encoding, not with q=0). */
export function acceptsBrotli(acceptEncoding) {
  return String(acceptEncoding ?? "")
    .split(",")
    .some((part) => {
      const [coding, ...params] = part.trim().split(";");
      if (coding?.trim().toLowerCase() !== "br") return false;
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/i.exec(p)?.[1]).find((v) => v !== undefined);
      return q === undefined || Number(q) > 0;
    });
}

/**
 * A request handler for `staticDir` (the build's .next/static): true when it answered with the
 * brotli copy, false to leave the request to Next.js (no copy, no brotli, not a built asset).
 */
export function brotliStatic(staticDir) {
  // Only files that exist are kept: a request for a made-up name costs a failed read, never memory.
  const loaded = new Map();
  return async function serve(req, res) {
    if (req.method !== "GET" && req.method !== "HEAD") return false;
    const pathname = (req.url ?? "").split("?")[0];
    const match = STATIC_ASSET.exec(pathname);
    if (!match || pathname.includes("..") || !acceptsBrotli(req.headers["accept-encoding"])) return false;
    let body = loaded.get(pathname);
    if (!body) {
      body = await fs.readFile(path.join(staticDir, `${pathname.slice("/_next/static/".length)}.br`)).catch(() => null);
      if (!body) return false;
      loaded.set(pathname, body);
    }
    res.writeHead(200, {
      "Content-Type": CONTENT_TYPES[match[1]],
      "Content-Encoding": "br",
      "Content-Length": body.length,
      "Cache-Control": "public, max-age=31536000, immutable",
      Vary: "Accept-Encoding",
      "X-Content-Type-Options": "nosniff",
    });
    res.end(req.method === "HEAD" ? undefined : body);
    return true;
  };
}
