"use client";

import type { SortingState } from "@tanstack/react-table";
import { useMemo, type ReactNode } from "react";
import { SortableTable } from "@/components/ui/sortable-table";
import type { TFleetList } from "@/lib/n2n-fleet/fleet-list-url";
import type { TFleetDevice } from "@/lib/n2n-fleet/fleet-view";
import { deviceColumns } from "./device-columns";

type TProps = {
  connectionId: string;
  devices: TFleetDevice[];
  /** The list as the links remember it. */
  list: Partial<TFleetList>;
  now: number;
  silentAfterHours: number;
  sorting: { state: SortingState; onChange: (next: SortingState) => void };
  caption: string;
  empty: ReactNode;
};

/** The devices table, its columns included: loaded beside the page's data (devices-view.tsx), not in its first load. */
export function FleetTable({ connectionId, devices, list, now, silentAfterHours, sorting, caption, empty }: TProps) {
  const columns = useMemo(() => deviceColumns(connectionId, list, now, silentAfterHours), [connectionId, list, now, silentAfterHours]);
  return <SortableTable rows={devices} columns={columns} rowKey={(d) => d.deviceId} sorting={sorting} caption={caption} empty={empty} />;
}
