import "server-only";
import { ipamBlockHref } from "@/lib/attention/item-hrefs";
import { indexBlocks, summaryIn, type TBlockIndex } from "@/lib/ipam/block-tree";
import { listBlocks } from "@/lib/vendors/provision/client";
import type { TIpamBlockSummary, TProvisionBlock } from "@/lib/vendors/provision/schemas";
import { field, type TSearchEntry, type TVendorEntries } from "./search-entry";

/** Aggregates and the blocks assigned, held or free in them, found by CIDR, by any address inside, or by resource. One tree read, shared with the IPAM page. */
export const provisionEntries: TVendorEntries = async (connection) => provisionBlockEntries(connection.id, await listBlocks(connection));

export function provisionBlockEntries(connectionId: string, blocks: readonly TProvisionBlock[]): TSearchEntry[] {
  const index = indexBlocks(blocks);
  return blocks.flatMap((block): TSearchEntry[] => {
    const summary = summaryIn(index, block);
    // A split block only holds smaller ones: an address inside it finds those, not a chain of halves.
    if (summary.status === "split") return [];
    return [
      {
        kind: "provision.block",
        title: summary.cidr,
        detail: detailOf(index, block, summary),
        href: ipamBlockHref(connectionId, summary.id),
        network: summary.cidr,
        fields: [...field("block", summary.cidr), ...field("resource", summary.resourceName), ...field("resource id", summary.resourceId)],
      },
    ];
  });
}

function detailOf(index: TBlockIndex, block: TProvisionBlock, summary: TIpamBlockSummary): string {
  const aggregate = block.top_aggregate !== null && block.top_aggregate !== block.id ? index.byId.get(block.top_aggregate) : undefined;
  const inAggregate = aggregate ? ` in ${summary.family === "ipv6" ? "IPv6" : "IPv4"} aggregate ${aggregate.cidr}` : "";
  if (summary.status === "aggregate") return `${summary.family === "ipv6" ? "IPv6" : "IPv4"} aggregate${summary.notes ? ` · ${summary.notes}` : ""}`;
  if (summary.status === "assigned") return `assigned${summary.resourceName ? ` to ${summary.resourceName}` : ""}${inAggregate}`;
  if (summary.status === "holding") return `held${inAggregate}`;
  return `free${inAggregate}`;
}
