"use client";

import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { TIpamBlockRow } from "@/lib/vendors/provision/schemas";
import { BlockMeta } from "./block-meta";
import { NOT_PERMITTED, type TIpamRowHandlers } from "./ipam-action";
import { SizeLine } from "./size-line";
import { StatusBadge } from "./status-badge";

export const ROW = "border-b border-zinc-100 last:border-0 dark:border-zinc-800";
export const CELL = "px-3 py-2 align-middle";
export const indent = (depth: number) => ({ paddingLeft: `${0.75 + depth * 1.25}rem` });

/** An assigned or held block inside an aggregate, then the blocks assigned inside it. */
export function BlockRows({ block, depth, handlers }: { block: TIpamBlockRow; depth: number; handlers: TIpamRowHandlers }) {
  const { selectedId, onSelect, onAction } = handlers;
  const selected = selectedId === block.id;
  const locked = { disabled: !block.canUpdate, title: block.canUpdate ? undefined : NOT_PERMITTED, className: "disabled:opacity-40" };
  return (
    <>
      <tr className={cn(ROW, selected && "bg-sky-50 dark:bg-sky-950/40")} aria-current={selected ? "true" : undefined}>
        <td className={CELL} style={indent(depth)}>
          <button type="button" onClick={() => onSelect(block.id)} className="font-mono text-sky-700 hover:underline dark:text-sky-400" aria-label={`Details of ${block.cidr}`}>
            {block.cidr}
          </button>
          <SizeLine size={block.size} />
        </td>
        <td className={CELL}>
          <StatusBadge status={block.status} />
        </td>
        <td className={cn(CELL, "min-w-36")}>
          {block.resourceId !== null ? (
            <span>
              {block.resourceName ?? "Resource"} <span className="text-xs text-zinc-500">#{block.resourceId}</span>
            </span>
          ) : (
            <span className="text-zinc-500 dark:text-zinc-400">—</span>
          )}
        </td>
        <td className={CELL} />
        {handlers.showMeta && (
          <td className={CELL}>
            <BlockMeta region={block.region} vlan={block.vlan} tags={block.tags} />
          </td>
        )}
        {onAction && (
          <td className={cn(CELL, "whitespace-nowrap text-right")}>
            {block.status === "assigned" && (
              <Button size="sm" variant="ghost" {...locked} onClick={() => onAction({ kind: "unassign", block })} aria-label={`Unassign ${block.cidr}`}>
                Unassign
              </Button>
            )}
            <Button size="sm" variant="ghost" {...locked} onClick={() => onAction({ kind: "edit", block })} aria-label={`Edit ${block.cidr}`}>
              Edit
            </Button>
          </td>
        )}
      </tr>
      {block.children.map((child) => (
        <BlockRows key={child.id} block={child} depth={depth + 1} handlers={handlers} />
      ))}
    </>
  );
}
