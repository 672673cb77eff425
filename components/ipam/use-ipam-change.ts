"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { toast } from "@/components/ui/toast";
import { api } from "@/lib/api-client";
import type { TIpamChangeResult } from "@/lib/vendors/provision/schemas";
import { ipamKeys, provisionApi } from "./ipam-keys";

export type TIpamChange = {
  method: "POST" | "PATCH" | "DELETE";
  path: string;
  body: unknown;
  /** What the toast says it did, e.g. "Unassigned 10.0.3.0/24" (or made from ProVision's answer). */
  done: string | ((result: Partial<TIpamChangeResult>) => string);
  /** What the error toast says could not be done, e.g. "unassign 10.0.3.0/24". */
  failed: string;
};

/**
 * One IPAM change (operator role), sent once: a toast either way, and every query of the connection
 * refetches either way, since a change whose answer was lost may still have been made in ProVision.
 */
export function useIpamChange(connectionId: string) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: ipamKeys.connection(connectionId) });
  return useMutation({
    mutationFn: ({ method, path, body }: TIpamChange) => api<Partial<TIpamChangeResult>>(provisionApi(connectionId, path), { method, body }),
    retry: false,
    onSuccess: (result, change) => {
      const answer = result ?? {};
      toast.success(typeof change.done === "string" ? change.done : change.done(answer), { description: answer.message });
      return refresh();
    },
    onError: (error, change) => {
      toast.error(`Could not ${change.failed}`, { description: error.message });
      void refresh();
    },
  });
}
