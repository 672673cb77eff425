"use client";

import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { TIpFamily } from "@/lib/ipam/cidr";
import type { TIpamAvailableRow } from "@/lib/vendors/provision/schemas";
import { CELL, indent, ROW } from "./block-row";
import { fitsText } from "./format";
import { NOT_PERMITTED, type TIpamRowHandlers } from "./ipam-action";
import { SizeLine } from "./size-line";
import { StatusBadge } from "./status-badge";

/** Free space inside an aggregate: where a new block still fits (`canAssign`: the aggregate's permissions let this key assign in it). */
export function AvailableRow({ range, family, canAssign, handlers }: { range: TIpamAvailableRow; family: TIpFamily; canAssign: boolean; handlers: TIpamRowHandlers }) {
  const fits = fitsText(family, range.mask);
  const { blockId } = range;
  const selected = blockId !== null && handlers.selectedId === blockId;
  return (
    <tr className={cn(ROW, "bg-emerald-50/40 dark:bg-emerald-950/10", selected && "bg-sky-50 dark:bg-sky-950/40")} aria-current={selected ? "true" : undefined}>
      <td className={CELL} style={indent(1)}>
        {blockId === null ? (
          <span className="font-mono text-emerald-800 dark:text-emerald-300">{range.cidr}</span>
        ) : (
          <button type="button" onClick={() => handlers.onSelect(blockId)} className="font-mono text-emerald-800 hover:underline dark:text-emerald-300" aria-label={`Details of ${range.cidr}`}>
            {range.cidr}
          </button>
        )}
        <SizeLine size={range.size} />
      </td>
      <td className={CELL}>
        <StatusBadge status="available" />
      </td>
      <td className={cn(CELL, "text-xs text-zinc-500 dark:text-zinc-400")}>{fits ?? "—"}</td>
      <td className={CELL} />
      {handlers.showMeta && <td className={CELL} />}
      {handlers.onAction && (
        <td className={cn(CELL, "text-right")}>
          <Button
            size="sm"
            variant="ghost"
            className="disabled:opacity-40"
            disabled={!canAssign}
            title={canAssign ? undefined : NOT_PERMITTED}
            onClick={() => handlers.onAction?.({ kind: "direct-assign", cidr: range.cidr, family })}
            aria-label={`Assign from ${range.cidr}`}
          >
            Assign…
          </Button>
        </td>
      )}
    </tr>
  );
}
