import { z } from "zod";
import { VENDORS } from "./vendor-info";

export { VENDORS, VENDOR_INFO, credentialSetOf, secretKeysOf, type TConnectionField, type TVendor, type TVendorInfo } from "./vendor-info";
export const ZVendor = z.enum(VENDORS);
