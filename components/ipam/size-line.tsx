import { cn } from "@/components/ui/cn";
import { formatAddressCount } from "./format";

/** "1,024 addresses" under a block's CIDR. */
export function SizeLine({ size, className }: { size: string; className?: string }) {
  return <div className={cn("text-xs tabular-nums text-zinc-500 dark:text-zinc-400", className)}>{formatAddressCount(size)} addresses</div>;
}
