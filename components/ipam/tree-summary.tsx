import type { TIpamTree } from "@/lib/vendors/provision/schemas";

/** "Lab IPAM · 5 IPv4 and 2 IPv6 aggregates", or "3 of 7 aggregates match the filters". */
export function TreeSummary({ connectionName, tree }: { connectionName: string; tree: TIpamTree | undefined }) {
  if (!tree) return <span data-testid="tree-summary">{connectionName}</span>;
  const shown = tree.ipv4.length + tree.ipv6.length;
  const text = tree.filtered
    ? `${shown} of ${tree.totalAggregates} aggregates match the filters`
    : `${tree.ipv4.length} IPv4 and ${tree.ipv6.length} IPv6 aggregates`;
  return (
    <span data-testid="tree-summary">
      {connectionName} · {text}
    </span>
  );
}
