"use client";

import { useVendorApi, type TVendorApi } from "@/components/vendor-mfa/use-vendor-api";

/** Calls one Acreto connection's BFF operations; a one-time-code challenge is relayed to the admin. */
export function useAcretoApi(connectionId: string): TVendorApi {
  return useVendorApi("acreto", "Acreto", connectionId);
}
