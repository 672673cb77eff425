"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { TNetticaPublicVpn } from "@/lib/vendors/nettica/schemas";
import { useSetVpnEnabled } from "./use-set-vpn-enabled";

/** Enable or Disable one VPN, after the operator confirms. */
export function VpnToggle({ connectionId, deviceName, vpn }: { connectionId: string; deviceName: string; vpn: TNetticaPublicVpn }) {
  const [asking, setAsking] = useState(false);
  const setEnabled = useSetVpnEnabled(connectionId);
  const enabling = !vpn.enable;
  const verb = enabling ? "Enable" : "Disable";
  return (
    <>
      <Button size="sm" variant={enabling ? "primary" : "secondary"} onClick={() => setAsking(true)} aria-label={`${verb} VPN ${vpn.name}`}>
        {verb}
      </Button>
      <ConfirmDialog
        open={asking}
        title={`${verb} VPN ${vpn.name}?`}
        confirmLabel={`${verb} VPN`}
        busy={setEnabled.isPending}
        onCancel={() => {
          setAsking(false);
          setEnabled.reset();
        }}
        onConfirm={() => setEnabled.mutate({ vpnId: vpn.id, vpnName: vpn.name, enabled: enabling }, { onSuccess: () => setAsking(false) })}
      >
        {enabling ? (
          <p>
            {deviceName} will join the <strong>{vpn.netName}</strong> network again the next time it checks in.
          </p>
        ) : (
          <p>
            {deviceName} will leave the <strong>{vpn.netName}</strong> network the next time it checks in; its peers lose their tunnel to it. You can enable it again later.
          </p>
        )}
        {setEnabled.isError && (
          <p role="alert" className="mt-3 text-red-700 dark:text-red-400">
            {setEnabled.error.message}
          </p>
        )}
      </ConfirmDialog>
    </>
  );
}
