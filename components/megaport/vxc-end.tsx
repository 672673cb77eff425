import type { TMegaportEndView } from "@/lib/vendors/megaport/views";
import { formatLocation } from "./format";

/** One end of a VXC: the service it plugs into, where, and on which VLAN. */
export function VxcEnd({ label, end, isThisService }: { label: "A-End" | "B-End"; end: TMegaportEndView; isThisService: boolean }) {
  return (
    <div className="rounded-md border border-zinc-200 p-3 dark:border-zinc-800" data-testid={label === "A-End" ? "vxc-a-end" : "vxc-b-end"} aria-label={`${label}: ${end.productName}`} role="group">
      <p className="text-xs font-medium text-zinc-500 uppercase dark:text-zinc-400">
        {label}
        {isThisService && <span className="ml-1 normal-case">(this service)</span>}
      </p>
      <p className="font-medium">{end.productName || "—"}</p>
      <p className="truncate font-mono text-[11px] text-zinc-500 dark:text-zinc-400">{end.productUid}</p>
      <p className="mt-1 text-sm">{formatLocation(end.location)}</p>
      <p className="text-sm">
        VLAN {end.vlan ?? "—"}
        {end.innerVlan !== null && <span className="text-zinc-500 dark:text-zinc-400"> · inner VLAN {end.innerVlan}</span>}
      </p>
    </div>
  );
}
