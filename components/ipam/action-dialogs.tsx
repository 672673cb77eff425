"use client";

import type { TIpamBlockSummary } from "@/lib/vendors/provision/schemas";
import { AddAggregateDialog } from "./add-aggregate-dialog";
import { DeleteBlockDialog } from "./delete-block-dialog";
import { DirectAssignDialog } from "./direct-assign-dialog";
import { EditBlockDialog } from "./edit-block-dialog";
import type { TIpamAction } from "./ipam-action";
import { SmartAssignDialog } from "./smart-assign-dialog";
import { UnassignDialog } from "./unassign-dialog";

/** The dialog for the action an operator picked; each refreshes the tree when it succeeds. */
export function ActionDialogs(props: { connectionId: string; action: TIpamAction; onShow: (block: TIpamBlockSummary) => void; onDeleted: (blockId: number) => void; onClose: () => void }) {
  const { connectionId, action, onShow, onDeleted, onClose } = props;
  switch (action.kind) {
    case "smart-assign":
      return <SmartAssignDialog connectionId={connectionId} onShow={onShow} onClose={onClose} />;
    case "direct-assign":
      return <DirectAssignDialog connectionId={connectionId} range={action.cidr} family={action.family} onClose={onClose} />;
    case "unassign":
      return <UnassignDialog connectionId={connectionId} block={action.block} onClose={onClose} />;
    case "add-aggregate":
      return <AddAggregateDialog connectionId={connectionId} onClose={onClose} />;
    case "edit":
      return <EditBlockDialog connectionId={connectionId} block={action.block} onClose={onClose} />;
    case "delete":
      return <DeleteBlockDialog connectionId={connectionId} block={action.block} holdsSpace={action.holdsSpace} onDeleted={() => onDeleted(action.block.id)} onClose={onClose} />;
  }
}
