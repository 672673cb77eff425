/** One request as the simulator saw it. */
export type TRequestRecord = {
  at: number;
  method: string;
  path: string;
  route: string;
  status: number;
  fault?: string;
};

export type TStatsSnapshot = {
  total: number;
  /** "GET /device/:id" → count */
  byRoute: Record<string, number>;
  byStatus: Record<string, number>;
  /** How many 429 answers were sent. */
  throttled: number;
  faults: Record<string, number>;
  /** The latest requests, newest last. */
  recent: TRequestRecord[];
};

export type TStatsStore = {
  record(entry: TRequestRecord): void;
  snapshot(): TStatsSnapshot;
  /** How many requests matched "METHOD /route" (the route pattern, not the concrete path). */
  count(routeKey: string): number;
  reset(): void;
};

const RECENT_LIMIT = 100;

export function createStatsStore(): TStatsStore {
  let stats: TStatsSnapshot = empty();
  return {
    record: (entry) => {
      stats.total += 1;
      const routeKey = `${entry.method} ${entry.route}`;
      stats.byRoute[routeKey] = (stats.byRoute[routeKey] ?? 0) + 1;
      const statusKey = entry.fault === "drop" ? "dropped" : String(entry.status);
      stats.byStatus[statusKey] = (stats.byStatus[statusKey] ?? 0) + 1;
      if (entry.status === 429) stats.throttled += 1;
      if (entry.fault) stats.faults[entry.fault] = (stats.faults[entry.fault] ?? 0) + 1;
      stats.recent.push(entry);
      if (stats.recent.length > RECENT_LIMIT) stats.recent.shift();
    },
    snapshot: () => structuredClone(stats),
    count: (routeKey) => stats.byRoute[routeKey] ?? 0,
    reset: () => {
      stats = empty();
    },
  };
}

function empty(): TStatsSnapshot {
  return { total: 0, byRoute: {}, byStatus: {}, throttled: 0, faults: {}, recent: [] };
}
