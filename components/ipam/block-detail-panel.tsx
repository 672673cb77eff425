"use client";

import { X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { ErrorState } from "@/components/ui/empty-state";
import { ApiError } from "@/lib/api-client";
import { BlockChain } from "./block-chain";
import { BlockDetailBody } from "./block-detail-body";
import { NOT_PERMITTED, type TIpamAction } from "./ipam-action";
import { StatusBadge } from "./status-badge";
import { useIpamBlock } from "./use-ipam-block";

/** The side panel for one block: every field, its parent chain, resource and dates, and (operators) its actions. */
export function BlockDetailPanel(props: { connectionId: string; blockId: number; onSelect: (blockId: number) => void; onClose: () => void; onAction?: (action: TIpamAction) => void }) {
  const { connectionId, blockId, onSelect, onClose, onAction } = props;
  const query = useIpamBlock(connectionId, blockId);
  const detail = query.data;
  const gone = query.error instanceof ApiError && query.error.status === 404;
  return (
    <aside
      aria-labelledby="block-detail-heading"
      onKeyDown={(event) => event.key === "Escape" && onClose()}
      // A drawer over the page on narrower screens; beside the tree from xl up.
      className="fixed inset-y-0 right-0 z-30 w-[min(24rem,100vw)] space-y-4 overflow-y-auto border-l border-zinc-200 bg-white p-4 shadow-xl xl:sticky xl:top-4 xl:z-auto xl:max-h-[calc(100vh-2rem)] xl:w-auto xl:rounded-lg xl:border xl:shadow-sm dark:border-zinc-800 dark:bg-zinc-900"
    >
      <div className="flex items-start justify-between gap-2">
        <h2 id="block-detail-heading" className="flex flex-wrap items-center gap-2 text-base font-semibold">
          <span className="font-mono">{detail?.block.cidr ?? `Block ${blockId}`}</span>
          {detail && <StatusBadge status={detail.block.status} />}
        </h2>
        <Button variant="ghost" size="sm" onClick={onClose} aria-label="Close block details">
          <X className="size-4" aria-hidden />
        </Button>
      </div>
      {query.isPending ? (
        <p role="status" className="text-sm text-zinc-500">Loading block {blockId}…</p>
      ) : gone ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-300">This block is no longer in ProVision (it was merged back into free space or deleted).</p>
      ) : !detail ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          {detail.chain.length > 0 && <BlockChain chain={detail.chain} current={detail.block.cidr} onSelect={onSelect} />}
          {onAction && (
            <div className="flex flex-wrap gap-2">
              {!detail.block.canUpdate && <p className="w-full text-xs text-zinc-500 dark:text-zinc-400">{NOT_PERMITTED}: its actions are off.</p>}
              {detail.block.status === "assigned" && (
                <Button size="sm" variant="secondary" className="disabled:opacity-50" disabled={!detail.block.canUpdate} onClick={() => onAction({ kind: "unassign", block: detail.block })}>
                  Unassign
                </Button>
              )}
              {detail.block.status === "free" && (
                <Button size="sm" variant="secondary" className="disabled:opacity-50" disabled={!detail.block.canUpdate} onClick={() => onAction({ kind: "direct-assign", cidr: detail.block.cidr, family: detail.block.family })}>
                  Assign…
                </Button>
              )}
              <Button size="sm" variant="secondary" className="disabled:opacity-50" disabled={!detail.block.canUpdate} onClick={() => onAction({ kind: "edit", block: detail.block })}>
                Edit notes, region, VLAN, tags
              </Button>
              {detail.block.status === "aggregate" && (
                <Button size="sm" variant="danger" disabled={!detail.block.canDelete} title={detail.block.canDelete ? undefined : NOT_PERMITTED} onClick={() => onAction({ kind: "delete", block: detail.block, holdsSpace: detail.children.length > 0 })}>
                  Delete aggregate
                </Button>
              )}
            </div>
          )}
          <BlockDetailBody detail={detail} onSelect={onSelect} />
        </>
      )}
    </aside>
  );
}
