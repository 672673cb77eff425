import http from "node:http";
import type { AddressInfo } from "node:net";
import { createAdaptorServer } from "@hono/node-server";
import { createAcretoSimulator } from "../simulators/acreto";
import type { TSimApp } from "../simulators/core/sim-app";
import type { TStatsStore } from "../simulators/core/stats";
import { createMegaportSimulator } from "../simulators/megaport";
import { createN2nSimulator } from "../simulators/n2n";
import { createNetticaSimulator } from "../simulators/nettica";
import { createProvisionSimulator, PROVISION_API_PATH } from "../simulators/provision";
import type { TSimulatorUrls } from "../simulators";

/** One request as it arrived on the wire: the raw request-target, before any URL parser touched it. */
export type TArrival = { server: string; at: number; method: string; target: string };

export type TPrivateUpstream = { vendor: string; origin: string; basePath: string; stats: TStatsStore };

/**
 * The five vendor simulators, each on its own port, plus a canary that is never anyone's upstream.
 * Every request any of them receives is recorded raw, so a hostile value that turned into a URL
 * (another host, another vendor, a traversed path) shows up here, wherever it landed.
 */
export type THostileUpstreams = {
  vendors: Record<string, TPrivateUpstream>;
  canaryOrigin: string;
  urls: TSimulatorUrls;
  arrivals: TArrival[];
  close(): Promise<void>;
};

function listen(server: http.Server): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
  });
}

function closeServer(server: http.Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

export async function startHostileUpstreams(): Promise<THostileUpstreams> {
  const arrivals: TArrival[] = [];
  const record = (server: string) => (request: http.IncomingMessage) => arrivals.push({ server, at: Date.now(), method: request.method ?? "", target: request.url ?? "" });
  const simulators: Record<string, { app: TSimApp; stats: TStatsStore; close(): void; basePath: string }> = {
    nettica: { ...createNetticaSimulator({ seed: "hostile" }), basePath: "" },
    acreto: { ...createAcretoSimulator({ seed: "hostile" }), basePath: "" },
    provision: { ...createProvisionSimulator({ seed: "hostile" }), basePath: PROVISION_API_PATH },
    n2n: { ...createN2nSimulator({ seed: "hostile" }), basePath: "" },
    megaport: { ...createMegaportSimulator({ seed: "hostile" }), basePath: "" },
  };
  const servers: http.Server[] = [];
  const vendors: Record<string, TPrivateUpstream> = {};
  for (const [vendor, simulator] of Object.entries(simulators)) {
    const server = createAdaptorServer({ fetch: simulator.app.fetch }) as http.Server;
    server.prependListener("request", record(vendor));
    servers.push(server);
    vendors[vendor] = { vendor, origin: await listen(server), basePath: simulator.basePath, stats: simulator.stats };
  }
  const canary = http.createServer((request, response) => {
    response.writeHead(418, { "content-type": "text/plain" }).end("canary");
  });
  canary.prependListener("request", record("canary"));
  servers.push(canary);
  const canaryOrigin = await listen(canary);
  const at = (vendor: string) => `${vendors[vendor]!.origin}${vendors[vendor]!.basePath}`;
  return {
    vendors,
    canaryOrigin,
    arrivals,
    urls: { nettica: at("nettica"), acreto: at("acreto"), provision: at("provision"), n2n: at("n2n"), megaport: at("megaport"), megaportAuth: at("megaport") },
    close: async () => {
      for (const simulator of Object.values(simulators)) simulator.close();
      await Promise.all(servers.map(closeServer));
    },
  };
}

/** Why a request that reached a simulator could not have been built from the connection's base URL and a declared path. */
export function arrivalProblem(arrival: TArrival, upstream: TPrivateUpstream | undefined, marker: string): string | null {
  if (arrival.server === "canary" || !upstream) return "reached the canary";
  const [path = "", query = ""] = arrival.target.split(/\?(.*)/s);
  if (!path.startsWith(`${upstream.basePath}/`) && path !== upstream.basePath) return `left the base path ${upstream.basePath || "/"}`;
  if (path.includes(marker)) return "carried a hostile URL into its path";
  if (/(^|\/)\.{1,2}(\/|$)|%2e|%2f|%5c|\\|\/\//i.test(path)) return "carried a traversal into its path";
  if (/[\u0000-\u001f\u007f ]|%0d|%0a|%00/i.test(arrival.target)) return "carried a control character";
  if (/[^A-Za-z0-9\-._~%!$&'()*+,;=:@/?]/.test(query)) return "carried an unencoded query";
  return null;
}
