import { Hono, type Context } from "hono";
import { matchedRoutes } from "hono/route";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { createSimClock, type TNow, type TSimClock } from "./clock";
import { createFaultStore, type TFaultKind, type TFaultSettingsInput, type TFaultStore } from "./faults";
import { createSleeper, type TSleeper } from "./sleep";
import { createStatsStore, type TStatsStore } from "./stats";
import { registerControlRoutes } from "./control-routes";

/** @hono/node-server passes the node request as `incoming`; absent when the app is called in-process. */
export type TSimEnv = {
  Bindings: { incoming?: { socket?: { destroyed: boolean; destroy(): void } } };
  Variables: { simFault?: TFaultKind };
};
export type TSimApp = Hono<TSimEnv>;
export type TSimContext = Context<TSimEnv>;

/** Options every simulator takes. */
export type TBaseSimOptions = {
  /** Seeds the generated data; the same seed gives the same data. */
  seed?: string | number;
  /** The clock (ms since the epoch); defaults to Date.now. */
  now?: TNow;
  /** Latency and injected faults from the start. */
  faults?: TFaultSettingsInput;
};

/** The vendor's own error body for a status and message (used for 404s, 500s and injected faults). */
export type TErrorBody = (status: number, message: string) => unknown;

export type TSimKit = {
  vendor: string;
  app: TSimApp;
  clock: TSimClock;
  stats: TStatsStore;
  faults: TFaultStore;
  sleeper: TSleeper;
  seed: string | number;
  /** Fresh data from the seed, no stats, no faults beyond the options, clock offset 0. */
  reset(): void;
  /** Wakes every hanging request so a server can close at once. */
  close(): void;
};

/** What every simulator factory returns. */
export type TSimulator<TState, TControl> = {
  vendor: string;
  app: TSimApp;
  state: TState;
  control: TControl;
  clock: TSimClock;
  stats: TStatsStore;
  faults: TFaultStore;
  reset(): void;
  close(): void;
};

export function simulatorOf<TState, TControl>(kit: TSimKit, state: TState, control: TControl): TSimulator<TState, TControl> {
  return {
    vendor: kit.vendor,
    app: kit.app,
    state,
    control,
    clock: kit.clock,
    stats: kit.stats,
    faults: kit.faults,
    reset: kit.reset,
    close: kit.close,
  };
}

export const CONTROL_PREFIX = "/_sim";

export function createSimKit(options: {
  vendor: string;
  base: TBaseSimOptions;
  errorBody: TErrorBody;
  /** Rebuilds the vendor's data; runs after the clock is back to its start. */
  onReset: () => void;
  /** A clock made beforehand, when the seeded data needs the time. */
  clock?: TSimClock;
}): TSimKit {
  const seed = options.base.seed ?? 1;
  const kit: TSimKit = {
    vendor: options.vendor,
    app: new Hono<TSimEnv>(),
    clock: options.clock ?? createSimClock(options.base.now),
    stats: createStatsStore(),
    faults: createFaultStore(options.base.faults, `${seed}/${options.vendor}/faults`),
    sleeper: createSleeper(),
    seed,
    reset: () => {
      kit.stats.reset();
      kit.faults.reset();
      kit.clock.reset();
      options.onReset();
    },
    close: () => kit.sleeper.cancelAll(),
  };
  const { app, errorBody } = { app: kit.app, errorBody: options.errorBody };

  app.use("*", async (c, next) => {
    if (isControlPath(c.req.path)) return next();
    await next();
    const route = matchedRoutes(c).filter((r) => r.method !== "ALL").at(-1)?.path ?? "(no route)";
    kit.stats.record({
      at: kit.clock.now(),
      method: c.req.method,
      path: c.req.path,
      route,
      status: c.res.status,
      fault: c.get("simFault"),
    });
  });

  app.use("*", async (c, next) => {
    if (isControlPath(c.req.path)) return next();
    const { latencyMs, hangMs } = kit.faults.settings();
    if (latencyMs > 0) await kit.sleeper.sleep(latencyMs, c.req.raw.signal);
    const fault = kit.faults.draw({ path: c.req.path, method: c.req.method, query: new URL(c.req.url).searchParams });
    if (!fault) return next();
    c.set("simFault", fault.kind);
    if (fault.kind === "error") return c.json(errorBody(fault.status, "Injected fault"), statusOf(fault.status));
    if (fault.kind === "timeout") {
      await kit.sleeper.sleep(hangMs, c.req.raw.signal);
      return c.json(errorBody(504, "Gateway Timeout"), 504);
    }
    if (fault.kind === "drop") return dropConnection(c);
    // The vendor acts; only its answer is lost or late.
    await next();
    if (fault.kind === "lose-reply") c.res = dropConnection(c);
    else await kit.sleeper.sleep(hangMs, c.req.raw.signal);
  });

  registerControlRoutes(kit);
  app.notFound((c) => c.json(errorBody(404, "Not found"), 404));
  app.onError((error, c) => {
    console.error(`[${options.vendor} simulator]`, error);
    return c.json(errorBody(500, "Internal Server Error"), 500);
  });
  return kit;
}

export function isControlPath(path: string): boolean {
  return path === CONTROL_PREFIX || path.startsWith(`${CONTROL_PREFIX}/`);
}

/** Hono's typed status; the simulators only ever send real HTTP codes. */
export function statusOf(code: number): ContentfulStatusCode {
  return code as ContentfulStatusCode;
}

/** Closes the socket without an answer; in-process callers get a body that fails mid-read. */
function dropConnection(c: TSimContext): Response {
  const socket = c.env?.incoming?.socket;
  if (socket && !socket.destroyed) {
    socket.destroy();
    return new Response(null, { status: 500 });
  }
  return new Response(
    new ReadableStream({
      start(controller) {
        controller.error(new TypeError("connection dropped by the simulator"));
      },
    }),
    { status: 200 },
  );
}
