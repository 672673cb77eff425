import { cn } from "@/components/ui/cn";
import type { TIpamChainLink } from "@/lib/vendors/provision/schemas";
import { statusLabel } from "./status-badge";

/** The blocks above this one, its aggregate first; each opens its own details. */
export function BlockChain({ chain, current, onSelect }: { chain: TIpamChainLink[]; current: string; onSelect: (blockId: number) => void }) {
  return (
    <nav aria-label="Parent chain">
      <ol className="flex flex-wrap items-center gap-1 font-mono text-xs">
        {chain.map((link) => (
          <li key={link.id} className="flex items-center gap-1">
            <button
              type="button"
              onClick={() => onSelect(link.id)}
              className={cn("hover:underline", link.status === "split" ? "text-zinc-500 dark:text-zinc-400" : "text-sky-700 dark:text-sky-400")}
              title={link.status === "split" ? "Split block (ProVision divides space in halves)" : statusLabel(link.status)}
            >
              {link.cidr}
            </button>
            <span aria-hidden className="text-zinc-500 dark:text-zinc-400">›</span>
          </li>
        ))}
        <li aria-current="location" className="font-semibold">
          {current}
        </li>
      </ol>
    </nav>
  );
}
