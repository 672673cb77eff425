"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { toast } from "@/components/ui/toast";
import { api } from "@/lib/api-client";
import { netticaApi, netticaKeys } from "./nettica-keys";

type TVpnToggle = { vpnId: string; vpnName: string; enabled: boolean };

/** Enables or disables one VPN (operator role); the device queries of the connection refetch. */
export function useSetVpnEnabled(connectionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ vpnId, enabled }: TVpnToggle) =>
      api<unknown>(netticaApi(connectionId, `vpns/${encodeURIComponent(vpnId)}/${enabled ? "enable" : "disable"}`), { method: "PATCH", body: {} }),
    onSuccess: (_result, { vpnName, enabled }) => {
      toast.success(`${enabled ? "Enabled" : "Disabled"} VPN ${vpnName}`);
      return queryClient.invalidateQueries({ queryKey: netticaKeys.connection(connectionId) });
    },
    onError: (error, { vpnName, enabled }) => toast.error(`Could not ${enabled ? "enable" : "disable"} ${vpnName}: ${error.message}`),
  });
}
