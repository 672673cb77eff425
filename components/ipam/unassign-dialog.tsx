"use client";

import { useState } from "react";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { TIpamBlockSummary } from "@/lib/vendors/provision/schemas";
import { useIpamChange } from "./use-ipam-change";

/** Unassign after confirming; without "skip holding" ProVision keeps the block out of Smart Assign for a while. */
export function UnassignDialog({ connectionId, block, onClose }: { connectionId: string; block: TIpamBlockSummary; onClose: () => void }) {
  const [skipHolding, setSkipHolding] = useState(false);
  const unassign = useIpamChange(connectionId);
  return (
    <ConfirmDialog
      open
      title={`Unassign ${block.cidr}?`}
      confirmLabel="Unassign"
      busy={unassign.isPending}
      onCancel={onClose}
      onConfirm={() =>
        unassign.mutate(
          { method: "POST", path: "unassign", body: { id: block.id, skipHolding }, done: `Unassigned ${block.cidr}`, failed: `unassign ${block.cidr}` },
          { onSuccess: onClose },
        )
      }
    >
      <p>
        {block.cidr} is assigned to <strong>{block.resourceName ?? "a resource"}</strong>
        {block.resourceId !== null && ` (#${block.resourceId})`}. Anything still using these addresses will conflict with the next assignment.
      </p>
      <label className="mt-3 flex items-start gap-2">
        <input type="checkbox" className="mt-1" checked={skipHolding} onChange={(event) => setSkipHolding(event.target.checked)} />
        <span>
          Skip holding: free the space at once. Otherwise ProVision keeps it in holding, out of Smart Assign, until it is released.
        </span>
      </label>
      {unassign.isError && <p role="alert" className="mt-3 text-red-700 dark:text-red-400">{unassign.error.message}</p>}
    </ConfirmDialog>
  );
}
