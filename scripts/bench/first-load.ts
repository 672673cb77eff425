// First-load JavaScript of each page: every script the HTML makes the browser fetch before the page
// runs, compressed as a server would send it (gzip level 9, brotli quality 11).
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import type { TBenchResult } from "./measure";

export type TFirstLoad = {
  route: string;
  gzipBytes: number;
  brotliBytes: number;
  /** What the console actually sent a browser that accepts gzip and brotli (Chromium's Accept-Encoding). */
  sentBytes: number;
  scripts: number;
};
export type TPageRoutes = { routes: string[]; notes: string[]; skipped: { pattern: string; reason: string }[] };

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

type TSample = { real: (get: TFetchJson) => Promise<string | null>; placeholder: string };

/**
 * Each dynamic page: a real record, read through the console's own API from the vendor's first
 * connection, or else a placeholder id of the right form. Either loads the same scripts: Next.js
 * sends a page's whole client bundle whatever it renders (measured: identical with a real id, a
 * made-up one, and no connection at all).
 */
const SAMPLES: Record<string, TSample> = {
  "/acreto/[customer]/[ecosystem]": {
    real: async (get) => {
      const id = await connectionOf(get, "acreto");
      if (!id) return null;
      const { customers } = await get<{ customers: { uuid: string; ecosystems: { uuid: string }[] }[] }>(`/api/v/acreto/${id}/customers`);
      const customer = customers.find((c) => c.ecosystems.length > 0);
      return customer ? `/acreto/${customer.uuid}/${customer.ecosystems[0]!.uuid}` : null;
    },
    placeholder: "/acreto/placeholder-customer/placeholder-ecosystem",
  },
  "/megaport/services/[uid]": {
    real: async (get) => {
      const id = await connectionOf(get, "megaport");
      if (!id) return null;
      const { services } = await get<{ services: { uid: string }[] }>(`/api/v/megaport/${id}/services`);
      return services[0] ? `/megaport/services/${services[0].uid}` : null;
    },
    placeholder: "/megaport/services/placeholder-service",
  },
  "/n2n/devices/[id]": {
    real: async (get) => {
      const id = await connectionOf(get, "n2n");
      if (!id) return null;
      const { devices } = await get<{ devices: { deviceId: string }[] }>(`/api/v/n2n/${id}/devices`);
      return devices[0] ? `/n2n/devices/${devices[0].deviceId}` : null;
    },
    // A DevEUI in form: the page answers 404 to anything else.
    placeholder: "/n2n/devices/0000000000000000",
  },
  "/nettica/devices/[id]": {
    real: async (get) => {
      const id = await connectionOf(get, "nettica");
      if (!id) return null;
      const { devices } = await get<{ devices: { id: string }[] }>(`/api/v/nettica/${id}/devices`);
      return devices[0] ? `/nettica/devices/${devices[0].id}` : null;
    },
    placeholder: "/nettica/devices/placeholder-device",
  },
};

/** Whether a page answers 200 itself (a redirect or a 404 has no first load of its own to measure). */
async function answers(baseUrl: string, cookie: string, route: string): Promise<string | null> {
  const signedOut = SIGNED_OUT_ROUTES.includes(new URL(route, baseUrl).pathname);
  const page = await fetch(`${baseUrl}${route}`, { redirect: "manual", headers: signedOut ? {} : { cookie } });
  await page.body?.cancel();
  return page.status === 200 ? null : `answers ${page.status} ${page.headers.get("location") ?? ""}`.trim();
}

/**
 * The routes to measure: every page of app/, each dynamic one with a real record when the console
 * has one (the cookie must be an admin's) or a placeholder id, said in `notes`. A page that does not
 * answer 200 is skipped with the reason: /setup once a user exists (it redirects to /login), or a
 * dynamic page this file knows no sample for.
 */
export async function pageRoutes(baseUrl: string, cookie: string, patterns = pagePatterns()): Promise<TPageRoutes> {
  const get: TFetchJson = async (route) => {
    const response = await fetch(`${baseUrl}${route}`, { headers: { cookie } });
    if (!response.ok) throw new Error(`GET ${route}: ${response.status}`);
    return (await response.json()) as never;
  };
  const result: TPageRoutes = { routes: [], notes: [], skipped: [] };
  for (const pattern of patterns) {
    let route = pattern;
    if (pattern.includes("[")) {
      const sample = SAMPLES[pattern];
      if (!sample) {
        result.skipped.push({ pattern, reason: "no sample id known for this dynamic page (add one to SAMPLES)" });
        continue;
      }
      const real = await sample.real(get).catch(() => null);
      route = real ?? sample.placeholder;
      if (!real) result.notes.push(`${pattern}: no record to open through the console, measured as ${sample.placeholder} (the same scripts)`);
    }
    const refusal = await answers(baseUrl, cookie, route);
    if (refusal) result.skipped.push({ pattern, reason: pattern === "/setup" ? `${refusal} (open only before the first user exists)` : refusal });
    else result.routes.push(route);
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

type TCompressed = { gzipBytes: number; brotliBytes: number; sentBytes: number };

/** The bytes on the wire for one GET, as Chromium asks for it (node:http does not decode the body). */
function sentSize(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { "accept-encoding": "gzip, deflate, br, zstd" } }, (response) => {
        let bytes = 0;
        response.on("data", (chunk: Buffer) => (bytes += chunk.length));
        response.on("end", () => resolve(bytes));
        response.on("error", reject);
      })
      .on("error", reject);
  });
}

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
          sentBytes: await sentSize(url),
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
      sentBytes: sizes.reduce((sum, s) => sum + s.sentBytes, 0),
      scripts: scripts.length,
    });
  }
  return results;
}

/** One bench line per route, judged against the budget on what the console sent (brotli where the browser takes it). */
export function firstLoadResults(rows: TFirstLoad[]): TBenchResult[] {
  return rows.map((row) => ({
    name: `first-load JS ${row.route} (as sent; gzip -9 ${(row.gzipBytes / 1000).toFixed(1)} KB, ${row.scripts} scripts)`,
    value: row.sentBytes / 1000,
    unit: "KB",
    target: `≤ ${FIRST_LOAD_BUDGET_BYTES / 1000} KB`,
    ok: row.sentBytes <= FIRST_LOAD_BUDGET_BYTES,
  }));
}
