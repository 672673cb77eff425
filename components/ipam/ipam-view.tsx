"use client";

import { Plus, Sparkles } from "lucide-react";
import dynamic from "next/dynamic";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { ErrorState } from "@/components/ui/empty-state";
import { PartLoading, lazyTable } from "@/components/ui/lazy-part";
import { PageHeader } from "@/components/ui/page-header";
import { RefreshStatus } from "@/components/ui/refresh-status";
import { UnreadableNotice } from "@/components/ui/unreadable-notice";
import type { TIpamSearchResult } from "@/lib/vendors/provision/schemas";
import { aggregateHolding } from "./aggregate-holding";
import type { AggregateTable as TAggregateTable } from "./aggregate-table";
import { BlockSearch } from "./block-search";
import { ConnectionSwitcher, type TConnectionOption } from "@/components/ui/connection-switcher";
import type { TIpamAction, TIpamRowHandlers } from "./ipam-action";
import { IpamFilters } from "./ipam-filters";
import { TreeSummary } from "./tree-summary";
import { useDebounced } from "@/components/ui/use-debounced";
import { NO_FILTERS, useIpamTree, type TIpamFilters } from "./use-ipam-tree";

// Loaded when an action is picked: its forms (react-hook-form, zod) are not needed to show the tree.
// `loading` gives it a Suspense boundary of its own: without one the wait would suspend the whole page.
// Loaded when a block is opened: the tree shows without it.
// The tree's rows come with its data, beside the page's first load.
const AggregateTable = lazyTable<typeof TAggregateTable>(() => import("./aggregate-table").then((m) => m.AggregateTable));
const BlockDetailPanel = dynamic(() => import("./block-detail-panel").then((m) => m.BlockDetailPanel), { ssr: false, loading: PartLoading });
const ActionDialogs = dynamic(() => import("./action-dialogs").then((m) => m.ActionDialogs), { loading: () => null });

type TProps = { connections: TConnectionOption[]; connectionId: string; canChange: boolean; openBlockId?: number };

/** One ProVision connection's address space: aggregates, what is assigned inside, what is still free; `openBlockId` opens one block (?block=, from the search). */
export function IpamView({ connections, connectionId, canChange, openBlockId }: TProps) {
  const connection = connections.find((c) => c.id === connectionId)!;
  const [filters, setFilters] = useState<TIpamFilters>(NO_FILTERS);
  const query = useIpamTree(connectionId, useDebounced(filters, 300));
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());
  const [selectedId, setSelectedId] = useState<number | null>(openBlockId ?? null);
  const [action, setAction] = useState<TIpamAction | null>(null);
  const tree = query.data;
  const [revealed, setRevealed] = useState(openBlockId === undefined);
  // Once the tree is there, the opened block's aggregate is expanded so the block shows in place (set while rendering: no effect needed).
  if (!revealed && tree && openBlockId !== undefined) {
    setRevealed(true);
    const holder = aggregateHolding(tree, openBlockId);
    if (holder) setExpanded((open) => new Set([...open, holder.id]));
  }

  const toggle = (id: number) => setExpanded((open) => (open.has(id) ? new Set([...open].filter((x) => x !== id)) : new Set([...open, id])));
  const reveal = (result: TIpamSearchResult) => {
    if (!result.aggregate) return;
    setExpanded((open) => new Set([...open, result.aggregate!.id]));
    setSelectedId(result.available?.blockId ?? result.block?.id ?? result.aggregate.id);
  };
  const handlers: TIpamRowHandlers = { selectedId, showMeta: selectedId === null, onSelect: setSelectedId, onAction: canChange ? setAction : undefined };
  const all = tree ? [...tree.ipv4, ...tree.ipv6] : [];

  return (
    <>
      <PageHeader
        title="6connect ProVision — IPAM"
        description={<TreeSummary connectionName={connection.name} tree={tree} />}
        actions={
          <div className="flex flex-wrap items-center gap-2">
            <ConnectionSwitcher connections={connections} selectedId={connectionId} />
            {canChange && (
              <>
                <Button variant="secondary" onClick={() => setAction({ kind: "add-aggregate" })}>
                  <Plus className="size-4" aria-hidden /> Add aggregate
                </Button>
                <Button onClick={() => setAction({ kind: "smart-assign" })}>
                  <Sparkles className="size-4" aria-hidden /> Smart Assign
                </Button>
              </>
            )}
            <RefreshStatus updatedAt={query.dataUpdatedAt} refreshing={query.isFetching} onRefresh={() => void query.refetch()} testId="ipam-updated" />
          </div>
        }
      />
      <div className="mb-4 space-y-3">
        <BlockSearch connectionId={connectionId} onFound={reveal} />
        <IpamFilters filters={filters} onChange={setFilters} />
      </div>
      {query.isPending ? (
        <p role="status" className="rounded-lg border border-zinc-200 bg-white p-8 text-center text-sm text-zinc-500 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-400">
          Loading blocks from {connection.name}…
        </p>
      ) : !tree ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <div className={cn("grid gap-4", selectedId !== null && "xl:grid-cols-[minmax(0,1fr)_22rem]")}>
          <div className="min-w-0 space-y-6">
            <UnreadableNotice unreadable={tree.unreadable} what="blocks" />
            {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} stale="The tree shows the last blocks Patchbay received." />}
            <div className="flex gap-2">
              <Button size="sm" variant="ghost" onClick={() => setExpanded(new Set(all.map((a) => a.id)))}>Expand all</Button>
              <Button size="sm" variant="ghost" onClick={() => setExpanded(new Set())}>Collapse all</Button>
            </div>
            {filters.type !== "IPv6" && <AggregateTable family="IPv4" aggregates={tree.ipv4} expanded={expanded} onToggle={toggle} handlers={handlers} />}
            {filters.type !== "IPv4" && <AggregateTable family="IPv6" aggregates={tree.ipv6} expanded={expanded} onToggle={toggle} handlers={handlers} />}
          </div>
          {selectedId !== null && (
            <BlockDetailPanel connectionId={connectionId} blockId={selectedId} onSelect={setSelectedId} onClose={() => setSelectedId(null)} onAction={handlers.onAction} />
          )}
        </div>
      )}
      {action && (
        <ActionDialogs
          connectionId={connectionId}
          action={action}
          onShow={(block) => {
            setAction(null);
            setSelectedId(block.id);
            // CIDR arithmetic (cidr-tools) loads only now: the tree itself needs none in the browser.
            void import("@/lib/ipam/cidr").then(({ blockContains }) => {
              const holder = all.find((a) => blockContains(a.cidr, block.cidr));
              if (holder) setExpanded((open) => new Set([...open, holder.id]));
            });
          }}
          onDeleted={(blockId) => {
            setAction(null);
            if (selectedId === blockId) setSelectedId(null);
          }}
          onClose={() => setAction(null)}
        />
      )}
    </>
  );
}
