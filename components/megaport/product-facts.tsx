import { Card } from "@/components/ui/card";
import { DetailList } from "@/components/ui/detail-list";
import { formatDay } from "@/components/ui/format-time";
import type { TMegaportProductDetail } from "@/lib/vendors/megaport/views";
import { ContractEnd } from "./contract-end";
import { formatSpeed, typeLabel } from "./format";
import { LockBadges, ProvisioningBadge, UpBadge } from "./status-badges";

/** A port, MCR or MVE: what it is, where, how fast, and its contract. */
export function ProductFacts({ product }: { product: TMegaportProductDetail }) {
  const { location, mve } = product;
  return (
    <Card>
      <h2 className="mb-3 font-semibold">Service</h2>
      <DetailList
        items={[
          ["Type", typeLabel(product.type)],
          ["Status", <ProvisioningBadge key="s" status={product.status} />],
          ["Up", <UpBadge key="u" up={product.up} />],
          ["Speed", formatSpeed(product.speedMbps)],
          ["Max VXC speed", formatSpeed(product.maxVxcSpeedMbps)],
          ...(mve ? ([["MVE", [mve.vendor, mve.size, mve.label].filter(Boolean).join(" · ")]] as [string, string][]) : []),
          ["Location", location ? [location.name, location.metro !== location.city ? location.metro : null].filter(Boolean).join(", ") : ""],
          ["City", location ? [location.city, location.country].filter(Boolean).join(", ") : ""],
          ["Company", product.company.name],
          ["Contract", product.contractTermMonths === null ? "" : product.contractTermMonths === 1 ? "Monthly" : `${product.contractTermMonths} months`],
          ["Contract start", formatDay(product.contractStartDate)],
          ["Contract end", product.contractEndDate === null ? "" : <ContractEnd key="e" at={product.contractEndDate} />],
          ["Live since", formatDay(product.liveDate)],
          ["Ordered", formatDay(product.createDate)],
          ["Locks", product.locked || product.adminLocked ? <LockBadges key="l" locked={product.locked} adminLocked={product.adminLocked} /> : "None"],
          ["Diversity zone", product.diversityZone],
          ["LAG", product.lagId === null ? "" : `#${product.lagId}`],
          ["Market", product.market],
          ["Cost centre", product.costCentre],
          ["UID", <span key="uid" className="font-mono text-xs">{product.uid}</span>],
        ]}
      />
    </Card>
  );
}
