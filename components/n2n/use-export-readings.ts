"use client";

import { useMutation } from "@tanstack/react-query";
import { toast } from "@/components/ui/toast";
import { saveTextFile } from "@/components/ui/save-text-file";
import { ApiError } from "@/lib/api-client";
import { n2nApi, n2nDevicePath } from "./n2n-keys";

/** The file name the server gave the download, or one made from the device id. */
const filenameOf = (response: Response, deviceId: string) => /filename="([^"/\\]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? `${deviceId}-all-readings.csv`;

/** Every reading N2N keeps for the device, as N2N's own CSV through the console's API; asked once per click. */
export function useExportAllReadings(connectionId: string) {
  return useMutation({
    mutationFn: async (deviceId: string) => {
      const response = await fetch(n2nApi(connectionId, `${n2nDevicePath(deviceId)}/readings/export`), { credentials: "same-origin" });
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as { error?: string; message?: string };
        throw new ApiError(response.status, body.error ?? "error", body.message ?? `The export failed (HTTP ${response.status})`);
      }
      saveTextFile(await response.text(), filenameOf(response, deviceId), "text/csv;charset=utf-8");
    },
    retry: false,
    onError: (error) => toast.error(error.message),
  });
}
