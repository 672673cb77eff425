"use client";

import type { Row } from "@tanstack/react-table";
import { ChevronRight, CornerDownRight } from "lucide-react";
import Link from "next/link";
import { cn } from "@/components/ui/cn";
import { plural } from "./format";
import { serviceHref } from "./megaport-keys";
import type { TServiceLine } from "./service-lines";

function childrenLabel(line: Extract<TServiceLine, { kind: "PRODUCT" }>): string {
  const vxcs = line.children.filter((child) => child.kind === "VXC").length;
  const ixs = line.children.length - vxcs;
  return [vxcs && plural(vxcs, "VXC"), ixs && plural(ixs, "IX")].filter(Boolean).join(" and ");
}

/** The name (a link to the service), its UID, and for a port, MCR or MVE the button that shows its VXCs and IXs. */
export function ServiceNameCell({ row, connectionId }: { row: Row<TServiceLine>; connectionId: string }) {
  const line = row.original;
  if (line.kind !== "PRODUCT") {
    const child = line.kind === "VXC" ? line.vxc : line.ix;
    return (
      <div className="flex min-w-0 items-start gap-1.5 pl-7">
        <CornerDownRight size={14} aria-hidden className="mt-0.5 shrink-0 text-zinc-400" />
        <div className="min-w-0">
          <Link href={serviceHref(connectionId, child.uid)} prefetch={false} className="text-sky-700 hover:underline dark:text-sky-400">
            {child.name}
          </Link>
          <p className="truncate font-mono text-[11px] text-zinc-500 dark:text-zinc-400">{child.uid}</p>
        </div>
      </div>
    );
  }
  const expanded = row.getIsExpanded();
  const label = childrenLabel(line);
  return (
    <div className="flex min-w-0 items-start gap-1.5">
      {line.children.length > 0 ? (
        <button
          type="button"
          onClick={row.getToggleExpandedHandler()}
          aria-expanded={expanded}
          aria-label={`${expanded ? "Hide" : "Show"} ${label} of ${line.service.name}`}
          className="mt-px rounded p-0.5 text-zinc-500 hover:bg-zinc-200 hover:text-zinc-900 dark:hover:bg-zinc-700 dark:hover:text-zinc-100"
        >
          <ChevronRight size={16} aria-hidden className={cn("transition-transform", expanded && "rotate-90")} />
        </button>
      ) : (
        <span className="w-5 shrink-0" aria-hidden />
      )}
      <div className="min-w-0">
        <Link href={serviceHref(connectionId, line.service.uid)} prefetch={false} className="font-medium text-sky-700 hover:underline dark:text-sky-400">
          {line.service.name}
        </Link>
        <p className="truncate font-mono text-[11px] text-zinc-500 dark:text-zinc-400">{line.service.uid}</p>
        {label && <p className="text-xs text-zinc-500 dark:text-zinc-400">{label}</p>}
      </div>
    </div>
  );
}
