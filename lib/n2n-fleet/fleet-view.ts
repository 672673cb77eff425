import type { TN2nDeviceRow } from "@/lib/vendors/n2n/schemas";

// The N2N device list as Patchbay's index of the whole fleet answers it (lib/server/n2n-fleet): every
// filter, sort and page is over all devices, and costs N2N nothing.

export const FLEET_STATUSES = ["silent", "reporting", "waiting", "unknown"] as const;
/**
 * silent: not heard for longer than the connection's "silent after" (by its last uplink, or its
 * enrolment when it never sent one); reporting: heard within it; waiting: enrolled within it and
 * not heard yet; unknown: N2N gives neither time.
 */
export type TFleetStatus = (typeof FLEET_STATUSES)[number];
export const FLEET_STATUS_LABELS: Record<TFleetStatus, string> = { silent: "Silent", reporting: "Reporting", waiting: "No uplink yet", unknown: "Unknown" };

export const FLEET_SORTS = ["status", "deviceId", "name", "lastUplink", "rssi", "battery", "type", "enterprise"] as const;
export type TFleetSort = (typeof FLEET_SORTS)[number];

/** Pages of the index, not N2N's: up to 200 rows, drawn without virtualising. */
export const FLEET_PAGE_SIZES = [10, 25, 50, 100, 200] as const;

export type TFleetQuery = {
  limit: number;
  skip: number;
  /** Words that must all be in the DevEUI or id, name, enterprise, type or a group. */
  q?: string;
  status?: TFleetStatus;
  /** This enterprise and everything under it. */
  enterpriseId?: string;
  type?: string;
  sort: TFleetSort;
  dir: "asc" | "desc";
  /** Scan N2N now (one call per 1,000 devices), not at the next interval. */
  refresh?: boolean;
};
/** What an empty query means; the parse is in fleet-query-input.ts (zod stays out of the pages' first load). */
export const FLEET_DEFAULTS = { limit: 50, skip: 0, sort: "status", dir: "asc" } as const satisfies Partial<TFleetQuery>;

/** What Patchbay last read of a device's newest uplink. */
export type TFleetSignal = { at: number; rssi: number | null; snr: number | null; battery: number | null; batteryUnit: string | null };
export type TFleetDevice = TN2nDeviceRow & { status: TFleetStatus; signal: TFleetSignal | null };

export type TFleetPage = {
  devices: TFleetDevice[];
  /** Devices that match the filters; `total` is the whole fleet. */
  matching: number;
  total: number;
  limit: number;
  skip: number;
  /** Every device's status, over the whole fleet (for the filter's counts). */
  statusCounts: Record<TFleetStatus, number>;
  enterprises: string[];
  types: string[];
  silentAfterHours: number;
  /** The scan the rows come from; the next is due `nextScanAt`. */
  scannedAt: string;
  nextScanAt: string;
  /** Records N2N sent that could not be read. */
  unreadable: number;
  /** The last scan failed: the rows are the scan before it. */
  scanError: string | null;
};
