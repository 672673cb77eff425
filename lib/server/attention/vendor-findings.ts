import "server-only";
import type { TThresholds } from "@/lib/attention/threshold-fields";
import type { TUpstreamConnection } from "@/lib/server/upstream";
import type { TVendor } from "@/lib/vendors/vendor-info";
import { acretoFindings } from "./acreto-findings";
import type { TFinding, TVendorFindings } from "./finding";
import { megaportFindings } from "./megaport-findings";
import { n2nFindings } from "./n2n-findings";
import { netticaFindings } from "./nettica-findings";
import { provisionFindings } from "./provision-findings";

/** Each vendor's rules; a vendor added to the registry does not compile until it has its own. */
export const VENDOR_FINDINGS: { [V in TVendor]: TVendorFindings<V> } = {
  nettica: netticaFindings,
  acreto: acretoFindings,
  provision: provisionFindings,
  n2n: n2nFindings,
  megaport: megaportFindings,
};

/** The vendor's rules run with its own thresholds (the mapped type keeps the two paired). */
export function vendorFindings<V extends TVendor>(vendor: V, connection: TUpstreamConnection, now: number, thresholds: TThresholds<V>): Promise<TFinding[]> {
  const findings: TVendorFindings<V> = VENDOR_FINDINGS[vendor];
  return findings(connection, now, thresholds);
}
