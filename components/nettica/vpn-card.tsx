import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { TNetticaPublicVpn } from "@/lib/vendors/nettica/schemas";
import { DetailList } from "@/components/ui/detail-list";
import { MonoList } from "./mono-list";
import { VpnToggle } from "./vpn-toggle";

const orNone = (n: number, none: string, unit = "") => (n ? `${n}${unit}` : none);

/** One VPN of a device with its current settings; no private or preshared key ever reaches this far. */
export function VpnCard({ vpn, connectionId, deviceName, canManage }: { vpn: TNetticaPublicVpn; connectionId: string; deviceName: string; canManage: boolean }) {
  const settings = vpn.current;
  return (
    <Card data-testid="vpn-card">
      <div className="mb-3 flex flex-wrap items-start justify-between gap-2">
        <div>
          <h3 className="font-semibold">{vpn.netName || vpn.name}</h3>
          <p className="font-mono text-xs text-zinc-500 dark:text-zinc-400">{vpn.name}</p>
        </div>
        <div className="flex items-center gap-2">
          {vpn.role && <Badge tone="blue">{vpn.role}</Badge>}
          <Badge tone={vpn.enable ? "green" : "amber"}>{vpn.enable ? "Enabled" : "Disabled"}</Badge>
          {canManage && <VpnToggle connectionId={connectionId} deviceName={deviceName} vpn={vpn} />}
        </div>
      </div>
      {settings ? (
        <DetailList
          items={[
            ["Network", vpn.netName],
            ["Role", vpn.role || "Member"],
            ["Endpoint", settings.endpoint ? <span key="endpoint" className="font-mono text-xs">{settings.endpoint}</span> : "None (dials out)"],
            ["Addresses", <MonoList key="address" values={settings.address} />],
            ["Allowed IPs", <MonoList key="allowed" values={settings.allowedIPs} />],
            ["DNS", <MonoList key="dns" values={settings.dns} />],
            ["Listen port", orNone(settings.listenPort, "Automatic")],
            ["MTU", orNone(settings.mtu, "Default")],
            ["Persistent keepalive", orNone(settings.persistentKeepalive, "Off", " s")],
            ["Public key", <span key="key" className="font-mono text-xs break-all">{settings.publicKey || "—"}</span>],
          ]}
        />
      ) : (
        <p className="text-sm text-zinc-500">Nettica sent no settings for this VPN.</p>
      )}
    </Card>
  );
}
