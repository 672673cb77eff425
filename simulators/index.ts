import { createAcretoSimulator, type TAcretoSimOptions, type TAcretoSimulator } from "./acreto";
import type { TNow } from "./core/clock";
import { serveFetch } from "./core/serve";
import type { TSimApp } from "./core/sim-app";
import { SIMULATOR_CREDENTIALS, type TSimulatorCredentials } from "./credentials";
import { createMegaportSimulator, type TMegaportSimOptions, type TMegaportSimulator } from "./megaport";
import { createN2nSimulator, type TN2nSimOptions, type TN2nSimulator } from "./n2n";
import { createNetticaSimulator, type TNetticaSimOptions, type TNetticaSimulator } from "./nettica";
import { createProvisionSimulator, PROVISION_API_PATH, type TProvisionSimOptions, type TProvisionSimulator } from "./provision";

export type TStartSimulatorsOptions = {
  /** 0 (the default) takes a free port. */
  port?: number;
  hostname?: string;
  seed?: string | number;
  now?: TNow;
  nettica?: TNetticaSimOptions;
  acreto?: TAcretoSimOptions;
  provision?: TProvisionSimOptions;
  n2n?: TN2nSimOptions;
  megaport?: TMegaportSimOptions;
};

export type TSimulatorUrls = {
  /** Base URLs as a connection stores them (ProVision's is the full api.php URL). */
  nettica: string;
  acreto: string;
  provision: string;
  n2n: string;
  megaport: string;
  /** Megaport's OAuth base: POST {megaportAuth}/oauth2/token. */
  megaportAuth: string;
};

export type TRunningSimulators = {
  url: string;
  port: number;
  urls: TSimulatorUrls;
  /** Where each simulator's control API (/_sim/…) lives. */
  controlUrls: Record<keyof TSimulatorUrls, string>;
  credentials: TSimulatorCredentials;
  simulators: {
    nettica: TNetticaSimulator;
    acreto: TAcretoSimulator;
    provision: TProvisionSimulator;
    n2n: TN2nSimulator;
    megaport: TMegaportSimulator;
  };
  close(): Promise<void>;
};

/** All five vendor simulators on one HTTP server, a path prefix each. */
export async function startSimulators(options: TStartSimulatorsOptions = {}): Promise<TRunningSimulators> {
  const shared = { seed: options.seed, now: options.now };
  const simulators = {
    nettica: createNetticaSimulator({ ...shared, ...options.nettica }),
    acreto: createAcretoSimulator({ ...shared, ...options.acreto }),
    provision: createProvisionSimulator({ ...shared, ...options.provision }),
    n2n: createN2nSimulator({ ...shared, ...options.n2n }),
    megaport: createMegaportSimulator({ ...shared, ...options.megaport }),
  };
  const mounts: ReadonlyArray<[prefix: string, app: TSimApp]> = [
    ["/nettica", simulators.nettica.app],
    ["/acreto", simulators.acreto.app],
    ["/provision", simulators.provision.app],
    ["/n2n", simulators.n2n.app],
    ["/megaport-auth", simulators.megaport.app],
    ["/megaport", simulators.megaport.app],
  ];
  const listing: Partial<TSimulatorUrls> = {};

  const served = await serveFetch(async (request, env) => {
    const url = new URL(request.url);
    const mount = mounts.find(([prefix]) => url.pathname === prefix || url.pathname.startsWith(`${prefix}/`));
    if (!mount) return Response.json({ simulators: listing }, { status: url.pathname === "/" ? 200 : 404 });
    return mount[1].fetch(await withoutPrefix(request, mount[0]), env);
  }, options.port ?? 0, options.hostname);

  const { url } = served;
  const urls: TSimulatorUrls = {
    nettica: `${url}/nettica`,
    acreto: `${url}/acreto`,
    provision: `${url}/provision${PROVISION_API_PATH}`,
    n2n: `${url}/n2n`,
    megaport: `${url}/megaport`,
    megaportAuth: `${url}/megaport-auth`,
  };
  Object.assign(listing, urls);
  return {
    url,
    port: served.port,
    urls,
    controlUrls: {
      nettica: `${url}/nettica/_sim`,
      acreto: `${url}/acreto/_sim`,
      provision: `${url}/provision/_sim`,
      n2n: `${url}/n2n/_sim`,
      megaport: `${url}/megaport/_sim`,
      megaportAuth: `${url}/megaport/_sim`,
    },
    credentials: SIMULATOR_CREDENTIALS,
    simulators,
    close: async () => {
      for (const simulator of Object.values(simulators)) simulator.close();
      await served.close();
    },
  };
}

/** The same request with the prefix cut from its path; the raw query string is kept byte for byte. */
async function withoutPrefix(request: Request, prefix: string): Promise<Request> {
  const raw = request.url;
  const pathStart = raw.indexOf("/", raw.indexOf("://") + 3);
  const rest = raw.slice(pathStart + prefix.length);
  const hasBody = request.method !== "GET" && request.method !== "HEAD";
  return new Request(`${raw.slice(0, pathStart)}${rest.startsWith("/") ? rest : `/${rest}`}`, {
    method: request.method,
    headers: request.headers,
    body: hasBody ? await request.arrayBuffer() : undefined,
    signal: request.signal,
  });
}

export { SIMULATOR_CREDENTIALS } from "./credentials";
export type { TNetticaSimulator, TAcretoSimulator, TProvisionSimulator, TN2nSimulator, TMegaportSimulator };
