"use client";

import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { TIpFamily } from "@/lib/ipam/cidr";
import type { TIpamAvailableRow } from "@/lib/vendors/provision/schemas";
import { CELL, indent, ROW } from "./block-row";
import { fitsText } from "./format";
import type { TIpamRowHandlers } from "./ipam-action";
import { SizeLine } from "./size-line";
import { StatusBadge } from "./status-badge";

/** Free space inside an aggregate: where a new block still fits. */
export function AvailableRow({ range, family, handlers }: { range: TIpamAvailableRow; family: TIpFamily; handlers: TIpamRowHandlers }) {
  const fits = fitsText(family, range.mask);
  return (
    <tr className={cn(ROW, "bg-emerald-50/40 dark:bg-emerald-950/10")}>
      <td className={CELL} style={indent(1)}>
        <span className="font-mono text-emerald-800 dark:text-emerald-300">{range.cidr}</span>
        <SizeLine size={range.size} />
      </td>
      <td className={CELL}>
        <StatusBadge status="available" />
      </td>
      <td className={cn(CELL, "text-xs text-zinc-500 dark:text-zinc-400")}>{fits ?? "—"}</td>
      <td className={CELL} />
      <td className={CELL} />
      {handlers.onAction && (
        <td className={cn(CELL, "text-right")}>
          <Button size="sm" variant="ghost" onClick={() => handlers.onAction?.({ kind: "direct-assign", cidr: range.cidr, family })} aria-label={`Assign from ${range.cidr}`}>
            Assign…
          </Button>
        </td>
      )}
    </tr>
  );
}
