"use client";

import { ConnectionSwitcher, type TConnectionOption } from "@/components/ui/connection-switcher";
import { PageHeader } from "@/components/ui/page-header";
import { RefreshStatus } from "@/components/ui/refresh-status";
import { UnreadableNotice } from "@/components/ui/unreadable-notice";
import { VendorErrorState } from "@/components/vendor-mfa/vendor-error-state";
import type { TMegaportCompanyView } from "@/lib/vendors/megaport/views";
import { CompanyCard } from "./company-card";
import { relayKeyOf } from "./megaport-keys";
import { MegaportTabs } from "./megaport-tabs";
import { PersonCard } from "./person-card";
import { UsageNote } from "./usage-note";
import { UsersCard } from "./users-card";
import { useMegaportIdentity } from "./use-megaport-identity";

function Companies({ companies, connectionId }: { companies: TMegaportCompanyView[]; connectionId: string }) {
  return (
    <section aria-labelledby="companies-heading" className="space-y-3">
      <h2 id="companies-heading" className="font-semibold">
        Companies <span className="font-normal text-zinc-500 tabular-nums dark:text-zinc-400">({companies.length})</span>
      </h2>
      {companies.length === 0 && <p className="text-sm text-zinc-500 dark:text-zinc-400">Megaport named no company for this connection.</p>}
      {companies.map((company) => (
        <CompanyCard key={company.companyId ?? company.companyUid ?? company.companyName} company={company} connectionId={connectionId} />
      ))}
    </section>
  );
}

/**
 * Who a Megaport connection signs in as and the companies it may act for: a password login's person
 * and the permissions held in each company, or an API key's company and that company's users.
 */
export function AccountView({ connections, connectionId }: { connections: TConnectionOption[]; connectionId: string }) {
  const connection = connections.find((c) => c.id === connectionId)!;
  const query = useMegaportIdentity(connectionId);
  const identity = query.data;
  const retry = () => void query.refetch();
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
            <RefreshStatus updatedAt={query.dataUpdatedAt} refreshing={query.isFetching} onRefresh={retry} testId="megaport-updated" />
          </div>
        }
      />
      <MegaportTabs connectionId={connectionId} current="account" />
      {query.isPending ? (
        <p role="status" className="text-sm text-zinc-500 dark:text-zinc-400">
          Signing in to Megaport as {connection.name}…
        </p>
      ) : !identity ? (
        <VendorErrorState error={query.error!} relayKey={relayKeyOf(connectionId)} onRetry={retry} />
      ) : (
        <div className="space-y-4">
          {query.isError && <VendorErrorState error={query.error} relayKey={relayKeyOf(connectionId)} onRetry={retry} stale="The page shows what Megaport said before." />}
          <UnreadableNotice unreadable={identity.unreadable} />
          <div className="grid gap-4 xl:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
            {identity.person ? (
              <div>
                <PersonCard person={identity.person} />
              </div>
            ) : (
              <div className="space-y-4">
                <p className="rounded-lg border border-dashed border-zinc-300 p-4 text-sm text-zinc-600 dark:border-zinc-700 dark:text-zinc-300" data-testid="megaport-api-key">
                  <span className="font-medium">This connection signs in with an API key.</span> Megaport&apos;s API keys act for their company without a person, so the
                  company&apos;s users are listed instead.
                </p>
                <UsersCard users={identity.users} problem={identity.usersProblem} />
              </div>
            )}
            <Companies companies={identity.companies} connectionId={connectionId} />
          </div>
        </div>
      )}
    </>
  );
}
