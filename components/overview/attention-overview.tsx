"use client";

import dynamic from "next/dynamic";
import { EmptyState, ErrorState } from "@/components/ui/empty-state";
import { PartLoading } from "@/components/ui/lazy-part";
import { useNow } from "@/components/ui/use-now";
import { AttentionList } from "./attention-list";
import { useAttention } from "./use-attention";
import { VendorAttention } from "./vendor-attention";

// Below the list, and not in the page's first load: fetched once what needs attention now has shown.
const AttentionHistory = dynamic(() => import("./attention-history").then((m) => m.AttentionHistory), { ssr: false, loading: PartLoading });

/** "What needs me now": each vendor's counts at a glance, then every item worst first. Refreshes itself. */
export function AttentionOverview() {
  const { data, error, isPending, refetch } = useAttention();
  const now = useNow(30_000);
  return (
    <>
      <section aria-labelledby="attention-heading" className="mb-8 space-y-4">
        <h2 id="attention-heading" className="text-lg font-semibold">
          Needs attention
        </h2>
        {error ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : isPending ? (
          <p role="status" className="text-sm text-zinc-500 dark:text-zinc-400">
            Checking every connection…
          </p>
        ) : data.sections.length === 0 ? (
          <EmptyState title="Nothing to watch yet">What needs a person shows here once a vendor connection is added.</EmptyState>
        ) : (
          <>
            <ul aria-label="Each vendor" className="grid grid-cols-2 gap-2 sm:gap-4 xl:grid-cols-5">
              {data.sections.map((section) => (
                <li key={section.vendor}>
                  <VendorAttention section={section} />
                </li>
              ))}
            </ul>
            <AttentionList items={data.items} now={now} />
          </>
        )}
      </section>
      {data && data.sections.length > 0 && (
        <div className="mb-8">
          <AttentionHistory vendors={data.sections.map((section) => section.vendor)} now={now} />
        </div>
      )}
    </>
  );
}
