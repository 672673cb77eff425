"use client";

import { useCallback } from "react";
import { api, type TApiInit } from "@/lib/api-client";
import { useOtpRelay } from "./otp-relay-provider";

export type TVendorApi = <T>(path: string, init?: Omit<TApiInit, "otp">) => Promise<T>;

/**
 * Calls /api/v/<vendor>/<connection>/<path>; when the vendor asks for a one-time code, the admin is
 * asked (once for all calls waiting) and the same call is sent again with it.
 */
export function useVendorApi(vendor: string, label: string, connectionId: string): TVendorApi {
  const relay = useOtpRelay();
  return useCallback(
    <T,>(path: string, init: Omit<TApiInit, "otp"> = {}) =>
      relay.call({ key: `${vendor}/${connectionId}`, label }, (otp) => api<T>(`/api/v/${vendor}/${encodeURIComponent(connectionId)}/${path}`, { ...init, otp })),
    [relay, vendor, label, connectionId],
  );
}
