"use client";

import { useQueryClient } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import Link from "next/link";
import { useId } from "react";
import { PartLoading } from "@/components/ui/lazy-part";
import { RefreshStatus } from "@/components/ui/refresh-status";
import { VendorErrorState } from "@/components/vendor-mfa/vendor-error-state";
import type { TAcretoConnectionOption } from "./acreto-connection";
import { acretoKeys, relayKeyOf, type TEcosystemRef } from "./acreto-keys";
import { ChangeGateNotice } from "./change-gate-notice";
import { CommitBar } from "./commit-bar";
import { EcosystemHeader } from "./ecosystem-header";
import { Tabs } from "./tabs";
import { ThingsPanel } from "./things-panel";
import { useCommitProgress } from "./use-commit-progress";
import { useCustomers } from "./use-customers";
import { useEcosystem } from "./use-ecosystem";

// Loaded when their tab is opened: the Things tab shows first.
const GroupsPanel = dynamic(() => import("./groups-panel").then((m) => m.GroupsPanel), { ssr: false, loading: PartLoading });
const UsersPanel = dynamic(() => import("./users-panel").then((m) => m.UsersPanel), { ssr: false, loading: PartLoading });

type TProps = { connection: TAcretoConnectionOption; ecosystemRef: TEcosystemRef; canOperate: boolean; isAdmin: boolean };

/** One ecosystem: live status and commit progress, and tabs for its Things, profile groups and users. */
export function EcosystemView({ connection, ecosystemRef, canOperate }: TProps) {
  const queryClient = useQueryClient();
  const ecosystem = useEcosystem(connection.id, ecosystemRef);
  const progress = useCommitProgress(connection.id, ecosystemRef, ecosystem.data?.name);
  const gateId = useId();
  // Read, not only taken from the list page's cache: a reload or a shared link shows the customer too.
  const customers = useCustomers(connection.id);
  const customerName = customers.data?.customers.find((c) => c.uuid === ecosystemRef.customer)?.name ?? null;
  const retry = () => void queryClient.invalidateQueries({ queryKey: acretoKeys.connection(connection.id) });

  const back = (
    <Link href={`/acreto?connection=${encodeURIComponent(connection.id)}`} className="mb-2 inline-block text-sm text-sky-700 hover:underline dark:text-sky-400">
      ← Ecosystems of {connection.name}
    </Link>
  );
  if (ecosystem.isPending) {
    return (
      <>
        {back}
        <p role="status" className="rounded-lg border border-zinc-200 bg-white p-8 text-center text-sm text-zinc-500 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-400">
          Loading the ecosystem from {connection.name}…
        </p>
      </>
    );
  }
  if (ecosystem.isError) {
    return (
      <>
        {back}
        <VendorErrorState error={ecosystem.error} relayKey={relayKeyOf(connection.id)} onRetry={retry} />
      </>
    );
  }

  // The commit poll is the fresher source; the ecosystem read stands in until its first answer.
  const live = progress.data ?? ecosystem.data;
  const gate = { canChange: live.canChange, reason: live.reason };
  return (
    <>
      {back}
      <EcosystemHeader
        ecosystem={ecosystem.data}
        status={live.status}
        customerName={customerName}
        actions={<RefreshStatus updatedAt={Math.max(ecosystem.dataUpdatedAt, progress.dataUpdatedAt)} refreshing={ecosystem.isFetching || progress.isFetching} onRefresh={retry} />}
      />
      <div className="mb-6 space-y-3">
        <ChangeGateNotice id={gateId} status={live.status} gate={gate} />
        {progress.isError && <VendorErrorState error={progress.error} relayKey={relayKeyOf(connection.id)} onRetry={retry} />}
        {progress.data && <CommitBar connectionId={connection.id} ecosystemRef={ecosystemRef} progress={progress.data} updatedAt={progress.dataUpdatedAt} canOperate={canOperate} gateId={gateId} />}
      </div>
      <Tabs
        label="Ecosystem"
        tabs={[
          { id: "things", label: "Things", panel: <ThingsPanel connectionId={connection.id} ecosystemRef={ecosystemRef} canOperate={canOperate} gate={gate} gateId={gateId} /> },
          { id: "groups", label: "Profile groups", panel: <GroupsPanel connectionId={connection.id} ecosystemRef={ecosystemRef} /> },
          { id: "users", label: "Users", panel: <UsersPanel connectionId={connection.id} ecosystemRef={ecosystemRef} canOperate={canOperate} /> },
        ]}
      />
    </>
  );
}
