"use client";

import { ShieldCheck } from "lucide-react";
import Link from "next/link";
import { useDeferredValue, useState } from "react";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterBar } from "@/components/ui/filter-bar";
import { PageHeader } from "@/components/ui/page-header";
import { RefreshStatus } from "@/components/ui/refresh-status";
import { VendorErrorState } from "@/components/vendor-mfa/vendor-error-state";
import type { TAcretoConnectionOption } from "./acreto-connection";
import { relayKeyOf } from "./acreto-keys";
import { ConnectionSummary } from "./connection-summary";
import { ConnectionSwitcher } from "@/components/ui/connection-switcher";
import { CustomerSection } from "./customer-section";
import { UnreadableNotice } from "@/components/ui/unreadable-notice";
import { useCustomers } from "./use-customers";

type TProps = { connections: TAcretoConnectionOption[]; connection: TAcretoConnectionOption; isAdmin: boolean };

/** Every customer the connection's login sees, with its ecosystems, their status, NSPs and owner. */
export function EcosystemsView({ connections, connection, isAdmin }: TProps) {
  const query = useCustomers(connection.id);
  const [search, setSearch] = useState("");
  const deferredSearch = useDeferredValue(search);
  const customers = query.data?.customers;
  const total = customers?.reduce((sum, customer) => sum + customer.ecosystems.length, 0) ?? 0;

  return (
    <>
      <PageHeader
        title="Acreto — IoT ecosystems"
        description={<ConnectionSummary connection={connection} />}
        actions={
          <div className="flex flex-wrap items-center gap-3">
            <ConnectionSwitcher connections={connections} selectedId={connection.id} />
            {isAdmin && (
              <Link
                href={`/acreto/mfa?connection=${encodeURIComponent(connection.id)}`}
                className="inline-flex h-8 items-center gap-1.5 rounded-md border border-zinc-300 bg-white px-2.5 text-xs font-medium text-zinc-800 hover:bg-zinc-100 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100 dark:hover:bg-zinc-800"
              >
                <ShieldCheck size={14} aria-hidden />
                MFA enrolment
              </Link>
            )}
            <RefreshStatus updatedAt={query.dataUpdatedAt} refreshing={query.isFetching} onRefresh={() => void query.refetch()} />
          </div>
        }
      />
      {query.isPending ? (
        <p role="status" className="rounded-lg border border-zinc-200 bg-white p-8 text-center text-sm text-zinc-500 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-400">
          Loading ecosystems from {connection.name}…
        </p>
      ) : query.isError && !customers ? (
        <VendorErrorState error={query.error} relayKey={relayKeyOf(connection.id)} onRetry={() => void query.refetch()} />
      ) : customers?.length === 0 ? (
        <EmptyState title="This login sees no customer">Acreto returned no customer for {connection.username ?? "this account"}.</EmptyState>
      ) : (
        <div className="space-y-6">
          {query.isError && <VendorErrorState error={query.error} relayKey={relayKeyOf(connection.id)} onRetry={() => void query.refetch()} stale="The list shows the last ecosystems Patchbay received." />}
          <UnreadableNotice unreadable={query.data?.unreadable} />
          <FilterBar
            search={{ label: "Search ecosystems", placeholder: "Search name, status, NSP or owner…", value: search, onChange: setSearch }}
            count={`${customers?.length ?? 0} ${customers?.length === 1 ? "customer" : "customers"} · ${total} ${total === 1 ? "ecosystem" : "ecosystems"}`}
          />
          {customers?.map((customer) => <CustomerSection key={customer.uuid} customer={customer} connectionId={connection.id} search={deferredSearch} />)}
        </div>
      )}
    </>
  );
}
