import "server-only";
import { acretoOperations } from "@/lib/vendors/acreto/operations";
import { megaportOperations } from "@/lib/vendors/megaport/operations";
import { n2nOperations } from "@/lib/vendors/n2n/operations";
import { netticaOperations } from "@/lib/vendors/nettica/operations";
import { provisionOperations } from "@/lib/vendors/provision/operations";
import type { TVendor } from "@/lib/vendors/registry";
import type { TOperation } from "./define-operation";

/** Each vendor's operation table; a vendor missing here fails to compile. */
export function vendorOperations(vendor: TVendor): readonly TOperation[] {
  switch (vendor) {
    case "nettica":
      return netticaOperations;
    case "acreto":
      return acretoOperations;
    case "provision":
      return provisionOperations;
    case "n2n":
      return n2nOperations;
    case "megaport":
      return megaportOperations;
    default: {
      const unknown: never = vendor;
      throw new Error(`No operations for ${String(unknown)}`);
    }
  }
}
