import fs from "node:fs/promises";
import path from "node:path";

// Built scripts and stylesheets (content-hashed, never changed in place) with the brotli copy
// scripts/precompress-static.mjs wrote beside each: `next start` itself only gzips.
const STATIC_ASSET = /^\/_next\/static\/[\w.-]+(?:\/[\w.-]+)*\.(js|css)$/;
const CONTENT_TYPES = { js: "application/javascript; charset=UTF-8", css: "text/css; charset=UTF-8" } as const;
const loaded = new Map<string, Buffer>();

/** Whether the browser takes brotli ("br" in Accept-Encoding, not with q=0). */
export function acceptsBrotli(acceptEncoding: string | null): boolean {
  return (acceptEncoding ?? "").split(",").some((part) => {
    const [coding, ...params] = part.trim().split(";");
    if (coding?.trim().toLowerCase() !== "br") return false;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/i.exec(p)?.[1]).find((v) => v !== undefined);
    return q === undefined || Number(q) > 0;
  });
}

async function brotliCopy(pathname: string): Promise<Buffer | null> {
  const known = loaded.get(pathname);
  if (known) return known;
  const file = path.join(/* turbopackIgnore: true */ process.cwd(), ".next", "static", `${pathname.slice("/_next/static/".length)}.br`);
  const body = await fs.readFile(file).catch(() => null);
  // Only files that exist are kept: a request for a made-up name costs a failed read, never memory.
  if (body) loaded.set(pathname, body);
  return body;
}

/** The brotli copy of a built asset for a browser that takes it; null to let Next.js serve it (gzip). */
export async function precompressedStatic(pathname: string, acceptEncoding: string | null): Promise<Response | null> {
  const match = STATIC_ASSET.exec(pathname);
  if (!match || pathname.includes("..") || !acceptsBrotli(acceptEncoding)) return null;
  const body = await brotliCopy(pathname);
  if (!body) return null;
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": CONTENT_TYPES[match[1] as "js" | "css"],
      "Content-Encoding": "br",
      "Content-Length": String(body.length),
      "Cache-Control": "public, max-age=31536000, immutable",
      Vary: "Accept-Encoding",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
