"use client";

import { Command } from "cmdk";
import { ArrowRight, ListPlus, Zap } from "lucide-react";
import { SEARCH_HITS_ONE_VENDOR, type TConsolePage, type TSearchGroup, type TSearchKind } from "@/lib/search/search-types";
import { VENDOR_NAMES } from "@/lib/vendors/vendor-names";

const KIND_NAMES: Record<TSearchKind, string> = {
  "nettica.device": "device",
  "acreto.ecosystem": "ecosystem",
  "acreto.thing": "Thing",
  "provision.block": "block",
  "n2n.device": "device",
  "megaport.service": "service",
};

const ITEM = "flex cursor-pointer items-start gap-3 rounded-md px-3 py-2 text-sm data-[selected=true]:bg-sky-50 dark:data-[selected=true]:bg-sky-950/40";
const HEADING = "[&_[cmdk-group-heading]]:px-3 [&_[cmdk-group-heading]]:pt-3 [&_[cmdk-group-heading]]:pb-1 [&_[cmdk-group-heading]]:text-xs [&_[cmdk-group-heading]]:font-medium [&_[cmdk-group-heading]]:text-zinc-500 dark:[&_[cmdk-group-heading]]:text-zinc-400";

type TGroupProps = { group: TSearchGroup; onOpen: (href: string) => void; onShowAll?: () => void };

/**
 * One vendor's hits, titled with how many matched when there are more than shown (or, narrowed to
 * it, when all are); then, when there are more and `onShowAll` is given, the item that shows them.
 */
export function SearchGroup({ group, onOpen, onShowAll }: TGroupProps) {
  const { label, area } = VENDOR_NAMES[group.vendor];
  const hidden = group.total > group.hits.length;
  const more = hidden ? ` — first ${group.hits.length} of ${group.total}` : onShowAll ? "" : ` — all ${group.total}`;
  const showAll = group.total > SEARCH_HITS_ONE_VENDOR ? `Show the first ${SEARCH_HITS_ONE_VENDOR} of ${group.total} results from ${label}` : `Show all ${group.total} results from ${label}`;
  return (
    <Command.Group heading={`${label} · ${area}${more}`} className={HEADING}>
      {group.hits.map((hit) => (
        <Command.Item key={hit.id} value={hit.id} onSelect={() => onOpen(hit.href)} className={ITEM}>
          <div className="min-w-0 flex-1">
            <div className="flex items-baseline gap-2">
              <span className="truncate font-medium text-zinc-900 dark:text-zinc-100">{hit.title}</span>
              <span className="shrink-0 text-xs text-zinc-500 dark:text-zinc-400">{KIND_NAMES[hit.kind]}</span>
            </div>
            <div className="truncate text-xs text-zinc-500 dark:text-zinc-400">
              {[hit.match, hit.detail, hit.connectionName].filter(Boolean).join(" · ")}
            </div>
          </div>
        </Command.Item>
      ))}
      {hidden && onShowAll && (
        <Command.Item value={`all:${group.vendor}`} onSelect={onShowAll} className={ITEM}>
          <ListPlus className="mt-0.5 size-4 text-sky-700 dark:text-sky-400" aria-hidden />
          <span className="flex-1 font-medium text-sky-700 dark:text-sky-400">{showAll}</span>
        </Command.Item>
      )}
    </Command.Group>
  );
}

/** Console pages and actions the signed-in role may use. */
export function PageGroup({ pages, onOpen }: { pages: readonly TConsolePage[]; onOpen: (href: string) => void }) {
  if (pages.length === 0) return null;
  return (
    <Command.Group heading="Pages and actions" className={HEADING}>
      {pages.map((page) => (
        <Command.Item key={`${page.kind}:${page.title}`} value={`${page.kind}:${page.title}`} onSelect={() => onOpen(page.href)} className={ITEM}>
          {page.kind === "action" ? <Zap className="mt-0.5 size-4 text-zinc-400" aria-hidden /> : <ArrowRight className="mt-0.5 size-4 text-zinc-400" aria-hidden />}
          <span className="flex-1 text-zinc-900 dark:text-zinc-100">{page.title}</span>
          <span className="text-xs text-zinc-500 dark:text-zinc-400">{page.hint}</span>
        </Command.Item>
      ))}
    </Command.Group>
  );
}
