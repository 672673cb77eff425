// First-load JavaScript of each page: every script the HTML makes the browser fetch before the page
// runs, compressed as a server would send it (gzip level 9, brotli quality 11).
import fs from "node:fs";
import path from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import type { TBenchResult } from "./measure";

export type TFirstLoad = { route: string; gzipBytes: number; brotliBytes: number; scripts: number };
export type TPageRoutes = { routes: string[]; skipped: { pattern: string; reason: string }[] };

/** Issue 15's budget for each route's first load, compressed (KB = 1,000 bytes). */
export const FIRST_LOAD_BUDGET_BYTES = 150_000;

/** Pages a signed-in browser is sent away from, so they are fetched without the session cookie. */
export const SIGNED_OUT_ROUTES: readonly string[] = ["/login", "/setup"];

/** Every page under app/ as a URL pattern ("/nettica/devices/[id]"); a route group "(x)" adds nothing to the URL. */
export function pagePatterns(appDir = path.join(process.cwd(), "app")): string[] {
  const patterns: string[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory() && entry.name !== "api" && !entry.name.startsWith("_")) {
        walk(path.join(dir, entry.name), /^\(.*\)$/.test(entry.name) ? segments : [...segments, entry.name]);
      } else if (entry.isFile() && entry.name === "page.tsx") {
        patterns.push(`/${segments.join("/")}`);
      }
    }
  };
  walk(appDir, []);
  return patterns.sort();
}

type TFetchJson = <T>(route: string) => Promise<T>;

/** The first connection of a vendor, or null when the console has none. */
async function connectionOf(get: TFetchJson, vendor: string): Promise<string | null> {
  const { connections } = await get<{ connections: { id: string; vendor: string }[] }>("/api/connections");
  return connections.find((c) => c.vendor === vendor)?.id ?? null;
}

/** A real value for each dynamic page, read through the console's own API from the vendor's first connection. */
const SAMPLE_PATHS: Record<string, (get: TFetchJson) => Promise<string | null>> = {
  "/acreto/[customer]/[ecosystem]": async (get) => {
    const id = await connectionOf(get, "acreto");
    if (!id) return null;
    const { customers } = await get<{ customers: { uuid: string; ecosystems: { uuid: string }[] }[] }>(`/api/v/acreto/${id}/customers`);
    const customer = customers.find((c) => c.ecosystems.length > 0);
    return customer ? `/acreto/${customer.uuid}/${customer.ecosystems[0]!.uuid}` : null;
  },
  "/megaport/services/[uid]": async (get) => {
    const id = await connectionOf(get, "megaport");
    if (!id) return null;
    const { services } = await get<{ services: { uid: string }[] }>(`/api/v/megaport/${id}/services`);
    return services[0] ? `/megaport/services/${services[0].uid}` : null;
  },
  "/n2n/devices/[id]": async (get) => {
    const id = await connectionOf(get, "n2n");
    if (!id) return null;
    const { devices } = await get<{ devices: { deviceId: string }[] }>(`/api/v/n2n/${id}/devices`);
    return devices[0] ? `/n2n/devices/${devices[0].deviceId}` : null;
  },
  "/nettica/devices/[id]": async (get) => {
    const id = await connectionOf(get, "nettica");
    if (!id) return null;
    const { devices } = await get<{ devices: { id: string }[] }>(`/api/v/nettica/${id}/devices`);
    return devices[0] ? `/nettica/devices/${devices[0].id}` : null;
  },
};

/**
 * The routes to measure: every page of app/, each dynamic one with a real id (the cookie must be an
 * admin's). What cannot be measured is skipped with the reason: a dynamic page without a connection
 * or a record to show, or /setup once a user exists (it then redirects to /login).
 */
export async function pageRoutes(baseUrl: string, cookie: string, patterns = pagePatterns()): Promise<TPageRoutes> {
  const get: TFetchJson = async (route) => {
    const response = await fetch(`${baseUrl}${route}`, { headers: { cookie } });
    if (!response.ok) throw new Error(`GET ${route}: ${response.status}`);
    return (await response.json()) as never;
  };
  const result: TPageRoutes = { routes: [], skipped: [] };
  for (const pattern of patterns) {
    if (!pattern.includes("[")) {
      const page = SIGNED_OUT_ROUTES.includes(pattern) ? await fetch(`${baseUrl}${pattern}`, { redirect: "manual" }) : null;
      if (page && page.status !== 200) result.skipped.push({ pattern, reason: `answers ${page.status} ${page.headers.get("location") ?? ""} (open only before the first user exists)`.trim() });
      else result.routes.push(pattern);
      continue;
    }
    const sample = SAMPLE_PATHS[pattern];
    if (!sample) {
      result.skipped.push({ pattern, reason: "no sample id known for this dynamic page (add one to SAMPLE_PATHS)" });
      continue;
    }
    const route = await sample(get).catch((error: unknown) => {
      result.skipped.push({ pattern, reason: `no sample id: ${error instanceof Error ? error.message : String(error)}` });
      return undefined;
    });
    if (route) result.routes.push(route);
    else if (route === null) result.skipped.push({ pattern, reason: "no connection of that vendor, or nothing in it to open" });
  }
  return result;
}

/** The value of each attribute of an HTML start tag, entities in values decoded. */
function attributesOf(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const [, name, double, single, bare] of tag.matchAll(/\s([\w:-]+)(?:=(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g)) {
    attributes.set(name!.toLowerCase(), (double ?? single ?? bare ?? "").replaceAll("&amp;", "&"));
  }
  return attributes;
}

/**
 * The Next.js scripts a page's HTML makes a current browser load: `<script src>` (not `nomodule`)
 * and scripts preloaded with `<link rel="preload" as="script">` or `modulepreload`.
 */
export function scriptsOf(html: string, baseUrl: string): string[] {
  const urls = new Set<string>();
  const add = (src: string | undefined) => {
    if (!src) return;
    const url = new URL(src, baseUrl);
    if (url.pathname.startsWith("/_next/") && url.pathname.endsWith(".js")) urls.add(url.href);
  };
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const attributes = attributesOf(tag);
    // Legacy polyfills: a browser that runs modules never fetches them.
    if (!attributes.has("nomodule")) add(attributes.get("src"));
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const attributes = attributesOf(tag);
    const rel = (attributes.get("rel") ?? "").toLowerCase().split(/\s+/);
    if (rel.includes("modulepreload") || (rel.includes("preload") && attributes.get("as") === "script")) add(attributes.get("href"));
  }
  return [...urls];
}

type TCompressed = { gzipBytes: number; brotliBytes: number };

/** Each route's first-load JavaScript, compressed; a script shared by several routes is fetched and compressed once. */
export async function firstLoadJs(baseUrl: string, cookie: string, routes: string[]): Promise<TFirstLoad[]> {
  const compressed = new Map<string, Promise<TCompressed>>();
  const compress = (url: string) => {
    let sizes = compressed.get(url);
    if (!sizes) {
      sizes = fetch(url).then(async (response) => {
        if (!response.ok) throw new Error(`GET ${url}: ${response.status}`);
        const body = Buffer.from(await response.arrayBuffer());
        return {
          gzipBytes: gzipSync(body, { level: 9 }).length,
          brotliBytes: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }).length,
        };
      });
      compressed.set(url, sizes);
    }
    return sizes;
  };
  const results: TFirstLoad[] = [];
  for (const route of routes) {
    const signedOut = SIGNED_OUT_ROUTES.includes(new URL(route, baseUrl).pathname);
    const page = await fetch(`${baseUrl}${route}`, { redirect: "manual", headers: signedOut ? {} : { cookie } });
    if (page.status !== 200) throw new Error(`GET ${route}: ${page.status} ${page.headers.get("location") ?? ""} (a page that redirects has no first load to measure)`);
    const scripts = scriptsOf(await page.text(), baseUrl);
    const sizes = await Promise.all(scripts.map(compress));
    results.push({
      route,
      gzipBytes: sizes.reduce((sum, s) => sum + s.gzipBytes, 0),
      brotliBytes: sizes.reduce((sum, s) => sum + s.brotliBytes, 0),
      scripts: scripts.length,
    });
  }
  return results;
}

/** One bench line per route, judged against the budget on the gzip size. */
export function firstLoadResults(rows: TFirstLoad[]): TBenchResult[] {
  return rows.map((row) => ({
    name: `first-load JS ${row.route} (gzip; brotli ${(row.brotliBytes / 1000).toFixed(1)} KB, ${row.scripts} scripts)`,
    value: row.gzipBytes / 1000,
    unit: "KB",
    target: `≤ ${FIRST_LOAD_BUDGET_BYTES / 1000} KB`,
    ok: row.gzipBytes <= FIRST_LOAD_BUDGET_BYTES,
  }));
}
