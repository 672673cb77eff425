import "server-only";
import type { TVendor } from "@/lib/vendors/vendor-info";
import { acretoFindings } from "./acreto-findings";
import type { TVendorFindings } from "./finding";
import { megaportFindings } from "./megaport-findings";
import { n2nFindings } from "./n2n-findings";
import { netticaFindings } from "./nettica-findings";
import { provisionFindings } from "./provision-findings";

/** Each vendor's rules; a vendor added to the registry does not compile until it has its own. */
export const VENDOR_FINDINGS: Record<TVendor, TVendorFindings> = {
  nettica: netticaFindings,
  acreto: acretoFindings,
  provision: provisionFindings,
  n2n: n2nFindings,
  megaport: megaportFindings,
};
