import { FLEET_DEFAULTS } from "./fleet-view";
import { FLEET_LIST_FIELDS, type TFleetList } from "./fleet-list-url";
import { ZFleetQuery } from "./fleet-query-input";

/**
 * The list from a page's search parameters (the server pages): each value on its own, one the API
 * would refuse left at its default (so an old or hand-edited link still opens). Never throws.
 */
export function fleetListOf(search: Record<string, string | string[] | undefined>): TFleetList {
  const list: Record<string, unknown> = {};
  for (const field of FLEET_LIST_FIELDS) {
    const value = search[field];
    if (typeof value !== "string" || value === "") continue;
    const parsed = ZFleetQuery.shape[field].safeParse(value);
    if (parsed.success) list[field] = parsed.data;
  }
  const { limit, ...rest } = list;
  return { skip: FLEET_DEFAULTS.skip, sort: FLEET_DEFAULTS.sort, dir: FLEET_DEFAULTS.dir, ...rest, limit: typeof limit === "number" ? limit : undefined } as TFleetList;
}
