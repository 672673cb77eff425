"use client";

import { Plus } from "lucide-react";
import dynamic from "next/dynamic";
import { useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { lazyTable } from "@/components/ui/lazy-part";
import { ErrorState } from "@/components/ui/empty-state";
import type { TAcretoChangeGate, TAcretoThingRow } from "@/lib/vendors/acreto/schemas";
import type { TEcosystemRef } from "./acreto-keys";
import type { TThingAction, TThingControls } from "./thing-columns";
import type { ThingsTable as TThingsTable } from "./things-table";
import { UnreadableNotice } from "@/components/ui/unreadable-notice";
import { useGroups, useThings } from "./use-ecosystem";

// The table and its columns load beside the Things (the ecosystem page's first load is at its budget).
const ThingsTable = lazyTable<typeof TThingsTable>(() => import("./things-table").then((m) => m.ThingsTable));

// Loaded when opened: their forms (react-hook-form, zod) are not needed to show the Things.
// `loading` gives each its own Suspense boundary: without it the wait would suspend the whole page.
const DeleteThingDialog = dynamic(() => import("./delete-thing-dialog").then((m) => m.DeleteThingDialog), { loading: () => null });
const CreateThingDialog = dynamic(() => import("./create-thing-dialog").then((m) => m.CreateThingDialog), { loading: () => null });
const EditThingDialog = dynamic(() => import("./edit-thing-dialog").then((m) => m.EditThingDialog), { loading: () => null });
const VpnProfileDialog = dynamic(() => import("./vpn-profile-dialog").then((m) => m.VpnProfileDialog), { loading: () => null });

type TProps = { connectionId: string; ecosystemRef: TEcosystemRef; canOperate: boolean; gate: TAcretoChangeGate; gateId: string };
type TOpen = { action: TThingAction | "create"; thing?: TAcretoThingRow } | null;

/** The ecosystem's Things: search, sort, and (operators, when the ecosystem accepts changes) create, edit, delete. */
export function ThingsPanel({ connectionId, ecosystemRef, canOperate, gate, gateId }: TProps) {
  const things = useThings(connectionId, ecosystemRef);
  const groups = useGroups(connectionId, ecosystemRef);
  const [open, setOpen] = useState<TOpen>(null);
  const close = () => setOpen(null);
  const controls = useMemo<TThingControls>(
    () => ({ canOperate, canChange: gate.canChange, reason: gate.reason, gateId, onAction: (action, thing) => setOpen({ action, thing }) }),
    [canOperate, gate.canChange, gate.reason, gateId],
  );
  if (things.isPending) return <p role="status" className="text-sm text-zinc-500 dark:text-zinc-400">Loading Things…</p>;
  if (things.isError && !things.data) return <ErrorState error={things.error} onRetry={() => void things.refetch()} />;
  const shared = { connectionId, ecosystemRef, onClose: close };
  const groupList = groups.data?.groups ?? [];
  return (
    <>
      <UnreadableNotice unreadable={things.data?.unreadable} what="Things" />
      <ThingsTable
        things={things.data?.things ?? []}
        controls={controls}
        empty={things.data?.things.length === 0 ? "This ecosystem has no Things yet." : "No Thing matches the search."}
        toolbar={
          canOperate && (
            <Button
              onClick={() => setOpen({ action: "create" })}
              disabled={!gate.canChange || groupList.length === 0}
              title={gate.canChange ? undefined : (gate.reason ?? undefined)}
              aria-describedby={gate.canChange ? undefined : gateId}
              className="dark:disabled:opacity-50"
            >
              <Plus size={16} aria-hidden />
              New Thing
            </Button>
          )
        }
      />
      {open?.action === "create" && <CreateThingDialog open {...shared} groups={groupList} />}
      {open?.action === "edit" && open.thing && <EditThingDialog thing={open.thing} {...shared} groups={groupList} />}
      {open?.action === "delete" && open.thing && <DeleteThingDialog thing={open.thing} {...shared} />}
      {open?.action === "vpn" && open.thing && <VpnProfileDialog subject={{ kind: "thing", uuid: open.thing.uuid, name: open.thing.name }} {...shared} />}
    </>
  );
}
