import { serveFetch, type TServedApp } from "./serve";
import type { TSimApp } from "./sim-app";

/** A fixed instant for tests; simulators move it with clock.advance. */
export const TEST_EPOCH = Date.UTC(2025, 4, 6, 12, 0, 0);

/** Serves one simulator's app on a free loopback port. */
export function serveApp(app: TSimApp): Promise<TServedApp> {
  return serveFetch(app.fetch);
}
