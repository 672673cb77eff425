import { ZFleetQuery, type TFleetQuery } from "./fleet-view";

/** The device list as the address bar keeps it: the query without `refresh`; `limit` unset until the page knows how many rows fit. */
export type TFleetList = Omit<TFleetQuery, "refresh" | "limit"> & { limit?: number };

const DEFAULTS = ZFleetQuery.parse({});
const FIELDS = ["limit", "skip", "q", "status", "enterpriseId", "type", "sort", "dir"] as const;

/**
 * The list from a page's search parameters: each value on its own, one the API would refuse left at
 * its default (so an old or hand-edited link still opens). Never throws.
 */
export function fleetListOf(search: Record<string, string | string[] | undefined>): TFleetList {
  const list: Record<string, unknown> = {};
  for (const field of FIELDS) {
    const value = search[field];
    if (typeof value !== "string" || value === "") continue;
    const parsed = ZFleetQuery.shape[field].safeParse(value);
    if (parsed.success) list[field] = parsed.data;
  }
  const { limit, ...rest } = list;
  return { ...DEFAULTS, ...rest, limit: typeof limit === "number" ? limit : undefined } as TFleetList;
}

/** The list's search parameters: only what differs from the defaults. */
export function fleetListParams(list: Partial<TFleetList>): URLSearchParams {
  const params = new URLSearchParams();
  for (const field of FIELDS) {
    const value = list[field];
    if (value === undefined || value === "" || (field !== "limit" && value === DEFAULTS[field])) continue;
    params.set(field, String(value));
  }
  return params;
}
