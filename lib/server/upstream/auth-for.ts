import "server-only";
import { acretoAuth } from "@/lib/vendors/acreto/auth";
import { megaportAuth } from "@/lib/vendors/megaport/auth";
import { n2nAuth } from "@/lib/vendors/n2n/auth";
import { netticaAuth } from "@/lib/vendors/nettica/auth";
import { provisionAuth } from "@/lib/vendors/provision/auth";
import type { TVendor } from "@/lib/vendors/registry";
import type { TAuthStrategy } from "./types";

/** Each vendor's strategy; adding a vendor without one fails to compile. */
export function authFor(vendor: TVendor): TAuthStrategy {
  switch (vendor) {
    case "nettica":
      return netticaAuth;
    case "acreto":
      return acretoAuth;
    case "provision":
      return provisionAuth;
    case "n2n":
      return n2nAuth;
    case "megaport":
      return megaportAuth;
    default: {
      const missing: never = vendor;
      throw new Error(`No auth strategy for vendor ${String(missing)}`);
    }
  }
}
