import type { TIpFamily } from "@/lib/ipam/cidr";
import type { TIpamBlockSummary } from "@/lib/vendors/provision/schemas";

/** The change an operator is about to make; the view shows the dialog for it. */
export type TIpamAction =
  | { kind: "smart-assign" }
  | { kind: "direct-assign"; cidr: string; family: TIpFamily }
  | { kind: "unassign"; block: TIpamBlockSummary }
  | { kind: "add-aggregate" }
  | { kind: "edit"; block: TIpamBlockSummary }
  | { kind: "delete"; block: TIpamBlockSummary; holdsSpace: boolean };

export type TIpamRowHandlers = {
  selectedId: number | null;
  /** False while the detail panel is open beside the tree: it shows those fields, and the table needs the room. */
  showMeta: boolean;
  onSelect: (blockId: number) => void;
  /** Absent for viewers: no action buttons at all. */
  onAction?: (action: TIpamAction) => void;
};

/** The tooltip of an action ProVision's `permissions` on the block do not give this connection's key. */
export const NOT_PERMITTED = "ProVision does not let this connection's API key change this block";
