"use client";

import { useState } from "react";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { TIpamBlockSummary } from "@/lib/vendors/provision/schemas";
import { useIpamChange } from "./use-ipam-change";

/** Deletes an aggregate after confirming; one with assigned or held space needs "force". */
export function DeleteBlockDialog(props: { connectionId: string; block: TIpamBlockSummary; holdsSpace: boolean; onDeleted: () => void; onClose: () => void }) {
  const { connectionId, block, holdsSpace, onDeleted, onClose } = props;
  const [force, setForce] = useState(holdsSpace);
  const remove = useIpamChange(connectionId);
  return (
    <ConfirmDialog
      open
      title={`Delete ${block.cidr}?`}
      confirmLabel="Delete aggregate"
      busy={remove.isPending}
      onCancel={onClose}
      onConfirm={() =>
        remove.mutate(
          { method: "DELETE", path: `blocks/${block.id}`, body: { force }, done: `Deleted ${block.cidr}`, failed: `delete ${block.cidr}` },
          { onSuccess: onDeleted },
        )
      }
    >
      <p>
        The aggregate {block.cidr}
        {holdsSpace ? " still has assigned or held blocks; deleting it removes them from ProVision too." : " and its free space leave ProVision."} This cannot be undone.
      </p>
      <label className="mt-3 flex items-start gap-2">
        <input type="checkbox" className="mt-1" checked={force} onChange={(event) => setForce(event.target.checked)} />
        <span>Force: delete it even with assignments inside</span>
      </label>
      {remove.isError && <p role="alert" className="mt-3 text-red-700 dark:text-red-400">{remove.error.message}</p>}
    </ConfirmDialog>
  );
}
