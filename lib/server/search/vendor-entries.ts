import "server-only";
import { ATTENTION_REFRESH_MS } from "@/lib/attention/refresh-interval";
import { N2N_DEVICE_SCAN_MS } from "@/lib/server/n2n-fleet/scan-interval";
import type { TVendor } from "@/lib/vendors/vendor-names";
import { acretoEntries } from "./acreto-entries";
import { megaportEntries } from "./megaport-entries";
import { n2nEntries } from "./n2n-entries";
import { netticaEntries } from "./nettica-entries";
import { provisionEntries } from "./provision-entries";
import type { TVendorEntries } from "./search-entry";

/** Acreto lists Things one ecosystem at a time (up to ACRETO_THING_LISTS_MAX calls): read every two minutes, not every 30 s. */
const ACRETO_REFRESH_MS = 2 * 60_000;

/**
 * Each vendor's entries, and how long one read of them serves every search on every instance. One
 * list read per connection (Nettica, ProVision, Megaport) follows the attention view's 30 s, whose
 * cached reads it shares; N2N's paged scan and Acreto's Thing lists cost a call per page or
 * ecosystem, so they are read less often. A vendor added to the registry does not compile until it has its own.
 */
export const VENDOR_ENTRIES: Record<TVendor, { read: TVendorEntries; refreshMs: number }> = {
  nettica: { read: netticaEntries, refreshMs: ATTENTION_REFRESH_MS },
  acreto: { read: acretoEntries, refreshMs: ACRETO_REFRESH_MS },
  provision: { read: provisionEntries, refreshMs: ATTENTION_REFRESH_MS },
  // From the fleet index, as often as it is scanned (N2N_SCAN_SECONDS, 5 min by default): every page counts against the key's daily quota.
  n2n: { read: n2nEntries, refreshMs: N2N_DEVICE_SCAN_MS },
  megaport: { read: megaportEntries, refreshMs: ATTENTION_REFRESH_MS },
};
