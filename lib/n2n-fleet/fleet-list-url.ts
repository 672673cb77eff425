import { FLEET_DEFAULTS, type TFleetQuery } from "./fleet-view";

/** The device list as the address bar keeps it: the query without `refresh`; `limit` unset until the page knows how many rows fit. */
export type TFleetList = Omit<TFleetQuery, "refresh" | "limit"> & { limit?: number };

/** What the address bar keeps, in its order. */
export const FLEET_LIST_FIELDS = ["limit", "skip", "q", "status", "enterpriseId", "type", "sort", "dir"] as const;
const DEFAULTS: Partial<TFleetList> = FLEET_DEFAULTS;

/** The list's search parameters: only what differs from the defaults. */
export function fleetListParams(list: Partial<TFleetList>): URLSearchParams {
  const params = new URLSearchParams();
  for (const field of FLEET_LIST_FIELDS) {
    const value = list[field];
    if (value === undefined || value === "" || (field !== "limit" && value === DEFAULTS[field])) continue;
    params.set(field, String(value));
  }
  return params;
}
