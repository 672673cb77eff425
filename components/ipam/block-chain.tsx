import type { TIpamChainLink } from "@/lib/vendors/provision/schemas";

/** The blocks above this one, its aggregate first; each opens its own details. */
export function BlockChain({ chain, current, onSelect }: { chain: TIpamChainLink[]; current: string; onSelect: (blockId: number) => void }) {
  return (
    <nav aria-label="Parent chain">
      <ol className="flex flex-wrap items-center gap-1 font-mono text-xs">
        {chain.map((link) => (
          <li key={link.id} className="flex items-center gap-1">
            <button type="button" onClick={() => onSelect(link.id)} className="text-sky-700 hover:underline dark:text-sky-400" title={link.status === "split" ? "split block" : link.status}>
              {link.cidr}
            </button>
            <span aria-hidden className="text-zinc-400">›</span>
          </li>
        ))}
        <li aria-current="location" className="font-semibold">
          {current}
        </li>
      </ol>
    </nav>
  );
}
