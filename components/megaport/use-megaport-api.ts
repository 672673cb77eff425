"use client";

import { useVendorApi, type TVendorApi } from "@/components/vendor-mfa/use-vendor-api";

/** Calls one Megaport connection's BFF operations; a demand for a one-time password is relayed to the admin. */
export function useMegaportApi(connectionId: string): TVendorApi {
  return useVendorApi("megaport", "Megaport", connectionId);
}
