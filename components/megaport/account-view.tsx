"use client";

import { ConnectionSwitcher, type TConnectionOption } from "@/components/ui/connection-switcher";
import { EmptyState, ErrorState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { CompanyCard } from "./company-card";
import { MegaportTabs } from "./megaport-tabs";
import { PersonCard } from "./person-card";
import { RefreshButton } from "./refresh-button";
import { UsageNote } from "./usage-note";
import { useMegaportIdentity } from "./use-megaport-identity";

/** Who a Megaport connection signs in as, the companies it may act for and the permissions held in each. */
export function AccountView({ connections, connectionId }: { connections: TConnectionOption[]; connectionId: string }) {
  const connection = connections.find((c) => c.id === connectionId)!;
  const query = useMegaportIdentity(connectionId);
  const identity = query.data;
  return (
    <>
      <PageHeader
        title="Megaport — Interconnect services"
        description={
          <span className="flex flex-wrap gap-x-3">
            <span>{connection.name}</span>
            <UsageNote usage={identity?.usage} />
          </span>
        }
        actions={
          <div className="flex flex-wrap items-center gap-3">
            <ConnectionSwitcher connections={connections} selectedId={connectionId} />
            <RefreshButton updatedAt={query.dataUpdatedAt} refreshing={query.isFetching} onRefresh={() => void query.refetch()} />
          </div>
        }
      />
      <MegaportTabs connectionId={connectionId} current="account" />
      {query.isPending ? (
        <p role="status" className="text-sm text-zinc-500 dark:text-zinc-400">
          Signing in to Megaport as {connection.name}…
        </p>
      ) : query.isError && !identity ? (
        <ErrorState error={query.error} />
      ) : identity?.auth === "apiKey" ? (
        <EmptyState title="This connection signs in with an API key">
          <p>Megaport&apos;s API keys act for their company without a person, so there is no user or permission list to show. Its services are on the Services tab.</p>
        </EmptyState>
      ) : (
        identity?.person && (
          <div className="grid gap-4 xl:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
            <div>
              <PersonCard person={identity.person} />
            </div>
            <section aria-labelledby="companies-heading" className="space-y-3">
              <h2 id="companies-heading" className="font-semibold">
                Companies <span className="font-normal text-zinc-500 tabular-nums dark:text-zinc-400">({identity.companies.length})</span>
              </h2>
              {identity.companies.map((company) => (
                <CompanyCard key={company.companyId} company={company} connectionId={connectionId} />
              ))}
            </section>
          </div>
        )
      )}
    </>
  );
}
