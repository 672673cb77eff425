import { Card } from "@/components/ui/card";
import { DetailList } from "@/components/ui/detail-list";
import type { TMegaportIxDetail } from "@/lib/vendors/megaport/views";
import { formatSpeed } from "./format";
import { ResourceList } from "./resource-list";
import { ProvisioningBadge, UpBadge } from "./status-badges";

/** An Internet Exchange connection on a port. */
export function IxCard({ ix }: { ix: TMegaportIxDetail }) {
  return (
    <Card data-testid="ix-card" aria-label={`IX ${ix.name}`} className="space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="font-semibold">{ix.name}</h3>
        <ProvisioningBadge status={ix.status} />
        <UpBadge up={ix.up} />
        <span className="ml-auto text-sm tabular-nums">{formatSpeed(ix.rateLimitMbps)}</span>
      </div>
      <DetailList
        items={[
          ["Exchange", ix.networkServiceType],
          ["ASN", ix.asn === null ? "" : `AS${ix.asn}`],
          ["VLAN", ix.vlan === null ? "" : String(ix.vlan)],
          ["MAC address", ix.macAddress && <span key="mac" className="font-mono text-xs">{ix.macAddress}</span>],
          ["UID", <span key="uid" className="font-mono text-xs">{ix.uid}</span>],
        ]}
      />
      <ResourceList resources={ix.resources} />
    </Card>
  );
}
