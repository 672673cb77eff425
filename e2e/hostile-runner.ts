import { consoleOrigin } from "./hostile-console";
import type { THostileCase } from "./hostile-corpus";
import { rawRequest, type TRawRequest, type TRawResponse } from "./hostile-http";
import { arrivalProblem, type THostileUpstreams } from "./hostile-upstreams";
import { MARKER } from "./hostile-values";

export type TOutcome = { cases: number; refused: number; accepted: number; normalised: number; upstream: number };

/**
 * What the console asks in the background, not the case's doing: the Nettica monitor's poll of every
 * Nettica connection (GET /device), and the N2N fleet's read of a device's newest uplink after a scan.
 */
export const isMonitorPoll = (server: string, method: string, target: string) =>
  method === "GET" && ((server === "nettica" && target === "/device") || (server === "n2n" && /^\/devices\/[0-9A-F]{16}\/messages\?limit=10&skip=0$/.test(target)));

/** Follows same-origin redirects (Next.js drops a trailing slash with a 308); a redirect elsewhere is an answer of its own. */
async function finalAnswer(request: TRawRequest): Promise<{ response: TRawResponse; hops: string[] }> {
  const hops: string[] = [];
  let response = await rawRequest(consoleOrigin, request);
  while (response.status >= 300 && response.status < 400 && hops.length < 3) {
    const location = String(response.headers.location ?? "");
    if (!location.startsWith("/") || location.startsWith("//")) break;
    hops.push(location);
    response = await rawRequest(consoleOrigin, { ...request, target: location });
  }
  return { response, hops };
}

/**
 * The path a target means before any route sees it: Next.js folds `\` and `//` into `/` (with a 308),
 * and the URL standard resolves dot segments (also %2e), as every browser does before sending.
 */
const normalisedTarget = (target: string) => {
  const [path = "", query] = target.split(/\?(.*)/s);
  const url = new URL(path.replace(/\\/g, "/").replace(/\/\/+/g, "/") + (query === undefined ? "" : `?${query}`), consoleOrigin);
  return url.pathname + url.search;
};

const noRouteCount = (upstreams: THostileUpstreams) => Object.values(upstreams.vendors).reduce((n, v) => n + Object.entries(v.stats.snapshot().byRoute).filter(([key]) => key.endsWith("(no route)")).reduce((m, [, c]) => m + c, 0), 0);

/** Runs each case against the real console and says everything that is wrong with how it was answered. */
export async function judgeCases(upstreams: THostileUpstreams, vendor: string, cases: THostileCase[]): Promise<{ outcome: TOutcome; problems: string[] }> {
  const outcome: TOutcome = { cases: 0, refused: 0, accepted: 0, normalised: 0, upstream: 0 };
  const problems: string[] = [];
  const checkArrivals = (what: string, before: number, started: number, unroutedBefore: number) => {
    const during = upstreams.arrivals.slice(before).filter((a) => a.at >= started - 5 && !isMonitorPoll(a.server, a.method, a.target));
    for (const arrival of during) {
      const problem = arrival.server !== vendor ? `reached ${arrival.server}, not ${vendor}` : arrivalProblem(arrival, upstreams.vendors[arrival.server], MARKER);
      if (problem) problems.push(`${what}: upstream ${arrival.method} ${arrival.target.slice(0, 120)} ${problem}`);
    }
    if (during.some((a) => a.server === vendor)) outcome.upstream += 1;
    if (noRouteCount(upstreams) !== unroutedBefore) problems.push(`${what}: a simulator was asked for a path it does not serve`);
  };
  for (const hostile of cases) {
    const started = Date.now();
    const before = upstreams.arrivals.length;
    const unroutedBefore = noRouteCount(upstreams);
    const normalised = normalisedTarget(hostile.request.target);
    let response: TRawResponse;
    let direct: TRawResponse | undefined;
    try {
      if (normalised === hostile.request.target) response = await rawRequest(consoleOrigin, hostile.request);
      else {
        response = (await finalAnswer(hostile.request)).response;
        direct = (await finalAnswer({ ...hostile.request, target: normalised })).response;
      }
    } catch (error) {
      problems.push(`${hostile.what}: no answer (${(error as Error).message})`);
      continue;
    }
    const what = `${hostile.request.method} ${hostile.request.target.slice(0, 140)} — ${hostile.what} → ${response.status}`;
    outcome.cases += 1;
    if (direct) {
      // `a/b/..` is `a`: it must get exactly what asking for `a` gets, and nothing with a dot may go upstream.
      if (response.status >= 500 || response.status !== direct.status) problems.push(`${what}: ${normalised} itself answers ${direct.status}`);
      else outcome.normalised += 1;
      checkArrivals(what, before, started, unroutedBefore);
      continue;
    }
    const body = (() => {
      try {
        return JSON.parse(response.body) as { error?: unknown; message?: unknown };
      } catch {
        return null;
      }
    })();
    if (response.status >= 500 || response.status < 200) problems.push(`${what}: ${response.body.slice(0, 200)}`);
    else if (hostile.expect === "refuse") {
      if (response.status < 400) problems.push(`${what}: expected a 4xx refusal`);
      else if (!/application\/json/.test(String(response.headers["content-type"])) || typeof body?.error !== "string" || typeof body.message !== "string" || !body.message) {
        problems.push(`${what}: the refusal is not a JSON error with a message (${response.body.slice(0, 120)})`);
      } else outcome.refused += 1;
    } else if (response.status >= 300 && response.status < 400) problems.push(`${what}: redirected`);
    else if (response.status < 300) outcome.accepted += 1;
    else outcome.refused += 1;

    checkArrivals(what, before, started, unroutedBefore);
  }
  return { outcome, problems };
}
