import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { TNetticaDeviceDetail } from "@/lib/vendors/nettica/schemas";
import { DetailList } from "@/components/ui/detail-list";
import { HealthBadge } from "./health-badge";
import { LastSeen } from "./last-seen";

/** Who the device is: name, platform, whether it is enabled, when it last checked in. */
export function DeviceIdentity({ device, nowMs }: { device: TNetticaDeviceDetail; nowMs: number }) {
  return (
    <Card>
      <h2 className="mb-3 font-semibold">Device</h2>
      <DetailList
        items={[
          ["Name", <span key="name" className="font-medium">{device.name}</span>],
          ["Description", device.description],
          ["Status", <HealthBadge key="health" health={device.health} />],
          ["Last seen", <LastSeen key="seen" lastSeen={device.lastSeen} nowMs={nowMs} />],
          ["Enabled", device.enable ? "Yes" : <Badge key="enable" tone="amber">Disabled</Badge>],
          ["Platform", device.platform],
          ["OS", device.os],
          ["Architecture", device.arch],
          ["Agent version", device.version],
          ["Check-in interval", `${device.checkInterval} s`],
          ["Tags", device.tags.length ? <span key="tags" className="flex flex-wrap gap-1">{device.tags.map((tag) => <Badge key={tag}>{tag}</Badge>)}</span> : ""],
          ["Device ID", <span key="id" className="font-mono text-xs">{device.id}</span>],
        ]}
      />
    </Card>
  );
}
