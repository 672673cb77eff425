import { Badge } from "@/components/ui/badge";

/** RIR (aggregates), region, VLAN and tags in one cell; nothing set reads "—". */
export function BlockMeta({ rir, region, vlan, tags }: { rir?: string | null; region: string | null; vlan: number | null; tags: readonly string[] }) {
  if (!rir && !region && vlan === null && tags.length === 0) return <span className="text-zinc-500 dark:text-zinc-400">—</span>;
  return (
    <div className="flex flex-wrap items-center gap-1 text-xs text-zinc-600 dark:text-zinc-300">
      {rir && <Badge tone="blue">{rir}</Badge>}
      {region && <span>{region}</span>}
      {vlan !== null && <span>· VLAN {vlan}</span>}
      {tags.map((tag) => (
        <Badge key={tag}>{tag}</Badge>
      ))}
    </div>
  );
}
