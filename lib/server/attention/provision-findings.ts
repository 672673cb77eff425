import "server-only";
import { vendorPageHref } from "@/lib/attention/item-hrefs";
import { aggregateRows, indexBlocks } from "@/lib/ipam/block-tree";
import { listBlocks } from "@/lib/vendors/provision/client";
import type { TIpamAggregateRow } from "@/lib/vendors/provision/schemas";
import type { TFinding, TVendorFindings } from "./finding";

/**
 * `warning`/`critical`: the share of an aggregate assigned from which it needs planning, and from which it is all but
 * full (defaults 90 % and 98 %). `commonMask`: the block sizes customers ask for most (/24, /48): an aggregate larger
 * than this with none left free cannot serve the common request.
 */
type TLimits = { warning: number; critical: number; commonMask: Record<TIpamAggregateRow["family"], number> };

/** Aggregates nearly full, or without a free block of the common size. One tree read, shared with the IPAM page. */
export const provisionFindings: TVendorFindings<"provision"> = async (connection, _now, thresholds) => {
  const limits: TLimits = {
    warning: thresholds.fullWarningPercent / 100,
    critical: thresholds.fullCriticalPercent / 100,
    commonMask: { ipv4: thresholds.commonMaskIpv4, ipv6: thresholds.commonMaskIpv6 },
  };
  const aggregates = aggregateRows(indexBlocks(await listBlocks(connection)));
  const href = vendorPageHref("provision", connection.id);
  return aggregates.flatMap((aggregate) => [...nearlyFull(aggregate, href, limits), ...noCommonBlock(aggregate, href, limits)]);
};

const percent = (share: number) => `${Math.floor(share * 1000) / 10} %`;
const described = (aggregate: TIpamAggregateRow) => (aggregate.notes ? ` (${aggregate.notes})` : "");

function nearlyFull(aggregate: TIpamAggregateRow, href: string, limits: TLimits): TFinding[] {
  if (aggregate.utilisation < limits.warning) return [];
  const free = aggregate.counts.available;
  return [
    {
      kind: "provision.aggregate_full",
      subject: aggregate.cidr,
      severity: aggregate.utilisation >= limits.critical ? "critical" : "warning",
      title: `${aggregate.cidr} is ${percent(aggregate.utilisation)} assigned`,
      detail: `${free === 0 ? "no free range" : `${free} free range${free === 1 ? "" : "s"}`} left${described(aggregate)}`,
      href,
      startedAt: null,
    },
  ];
}

// An aggregate no larger than the common size is judged by how full it is: nobody asks a /24 of a /24.
function noCommonBlock(aggregate: TIpamAggregateRow, href: string, limits: TLimits): TFinding[] {
  const common = limits.commonMask[aggregate.family];
  if (aggregate.mask >= common || aggregate.available.some((free) => free.mask <= common)) return [];
  const largest = Math.min(...aggregate.available.map((free) => free.mask));
  return [
    {
      kind: "provision.no_free_block",
      subject: aggregate.cidr,
      severity: "warning",
      title: `No free /${common} left in ${aggregate.cidr}`,
      detail: `${Number.isFinite(largest) ? `the largest free block is a /${largest}` : "nothing is free"}${described(aggregate)}`,
      href,
      startedAt: null,
    },
  ];
}
