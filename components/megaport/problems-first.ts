import { STATUS_ORDER } from "./format";

// Live and up is fine; anything short of live may still need the admin; cancelled and decommissioned are done with.
const RANK: Record<string, number> = { LIVE: 2, CANCELLED: 3, DECOMMISSIONED: 4 };

/**
 * The status column's sort key, problems first: down (up is false) before everything, then a
 * service not live yet (or in a status Patchbay does not know), then live, cancelled, decommissioned;
 * within a rank, Megaport's provisioning order.
 */
export function problemsFirstKey(status: string, up: boolean | null): number {
  const rank = up === false ? 0 : (RANK[status] ?? 1);
  return rank * 100 + STATUS_ORDER.indexOf(status as (typeof STATUS_ORDER)[number]) + 1;
}
