"use client";

import { ChevronDown, ChevronRight } from "lucide-react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { TIpamAggregateRow } from "@/lib/vendors/provision/schemas";
import { AvailableRow } from "./available-row";
import { BlockMeta } from "./block-meta";
import { BlockRows, CELL, ROW } from "./block-row";
import { NOT_PERMITTED, type TIpamRowHandlers } from "./ipam-action";
import { SizeLine } from "./size-line";
import { StatusBadge } from "./status-badge";
import { UtilisationBar } from "./utilisation-bar";

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "4 assigned · 1 in holding · 6 available". */
export function countsText({ counts }: Pick<TIpamAggregateRow, "counts">): string {
  return [`${counts.assigned} assigned`, counts.holding ? `${counts.holding} in holding` : "", plural(counts.available, "free block")].filter(Boolean).join(" · ");
}

/** An aggregate's row and, when expanded, its assigned and held blocks, then its free space largest first. */
export function AggregateRows(props: { aggregate: TIpamAggregateRow; expanded: boolean; onToggle: () => void; handlers: TIpamRowHandlers }) {
  const { aggregate, expanded, onToggle, handlers } = props;
  const { selectedId, onSelect, onAction } = handlers;
  const selected = selectedId === aggregate.id;
  const holdsSpace = aggregate.counts.assigned + aggregate.counts.holding > 0;
  return (
    <>
      <tr className={cn(ROW, "bg-zinc-50/60 dark:bg-zinc-900/60", selected && "bg-sky-50 dark:bg-sky-950/40")} aria-current={selected ? "true" : undefined}>
        <td className={cn(CELL, "whitespace-nowrap")}>
          <div className="flex items-center gap-1">
            <button
              type="button"
              onClick={onToggle}
              aria-expanded={expanded}
              aria-label={`${expanded ? "Collapse" : "Expand"} ${aggregate.cidr}`}
              className="rounded p-0.5 text-zinc-500 hover:bg-zinc-200 hover:text-zinc-900 dark:hover:bg-zinc-800 dark:hover:text-zinc-100"
            >
              {expanded ? <ChevronDown className="size-4" aria-hidden /> : <ChevronRight className="size-4" aria-hidden />}
            </button>
            <button type="button" onClick={() => onSelect(aggregate.id)} className="font-mono font-semibold text-sky-700 hover:underline dark:text-sky-400" aria-label={`Details of ${aggregate.cidr}`}>
              {aggregate.cidr}
            </button>
          </div>
          <SizeLine size={aggregate.size} className="pl-6" />
        </td>
        <td className={CELL}>
          <StatusBadge status="aggregate" />
        </td>
        <td className={cn(CELL, "min-w-36 text-xs text-zinc-600 dark:text-zinc-300")} data-testid="aggregate-counts">
          {countsText(aggregate)}
        </td>
        <td className={CELL}>
          <UtilisationBar cidr={aggregate.cidr} utilisation={aggregate.utilisation} />
        </td>
        {handlers.showMeta && (
          <td className={CELL}>
            <BlockMeta rir={aggregate.rir} region={aggregate.region} vlan={aggregate.vlan} tags={aggregate.tags} />
          </td>
        )}
        {onAction && (
          <td className={cn(CELL, "whitespace-nowrap text-right")}>
            <Button size="sm" variant="ghost" className="disabled:opacity-40" disabled={!aggregate.canUpdate} title={aggregate.canUpdate ? undefined : NOT_PERMITTED} onClick={() => onAction({ kind: "edit", block: aggregate })} aria-label={`Edit ${aggregate.cidr}`}>
              Edit
            </Button>
            <Button
              size="sm"
              variant="ghost"
              className="text-red-700 disabled:opacity-40 dark:text-red-400"
              disabled={!aggregate.canDelete}
              title={aggregate.canDelete ? undefined : NOT_PERMITTED}
              onClick={() => onAction({ kind: "delete", block: aggregate, holdsSpace })}
              aria-label={`Delete ${aggregate.cidr}`}
            >
              Delete
            </Button>
          </td>
        )}
      </tr>
      {expanded && (
        <>
          {aggregate.blocks.map((block) => (
            <BlockRows key={block.id} block={block} depth={1} handlers={handlers} />
          ))}
          {aggregate.available.map((range) => (
            <AvailableRow key={range.cidr} range={range} family={aggregate.family} canAssign={aggregate.canUpdate} handlers={handlers} />
          ))}
          {aggregate.blocks.length === 0 && aggregate.available.length === 0 && (
            <tr className={ROW}>
              <td colSpan={4 + (handlers.showMeta ? 1 : 0) + (onAction ? 1 : 0)} className={cn(CELL, "pl-10 text-xs text-zinc-500")}>
                Nothing here matches the filters.
              </td>
            </tr>
          )}
        </>
      )}
    </>
  );
}
