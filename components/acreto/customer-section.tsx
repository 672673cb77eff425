"use client";

import { useMemo } from "react";
import type { TAcretoCustomerView } from "@/lib/vendors/acreto/schemas";
import { ecosystemColumns } from "./ecosystem-columns";
import { searchEcosystems } from "./ecosystem-search";
import { SortableTable } from "@/components/ui/tables";

/** One customer (organisation) and its ecosystems, as many of them as the search matches. */
export function CustomerSection({ customer, connectionId, search }: { customer: TAcretoCustomerView; connectionId: string; search: string }) {
  const columns = useMemo(() => ecosystemColumns(connectionId, customer.uuid), [connectionId, customer.uuid]);
  const shown = useMemo(() => searchEcosystems(customer.ecosystems, search, customer.name), [customer, search]);
  const headingId = `customer-${customer.uuid}`;
  return (
    <section aria-labelledby={headingId} className="space-y-2" data-testid="customer-section">
      <h2 id={headingId} className="flex items-baseline gap-2 font-semibold">
        {customer.name}
        <span className="text-xs font-normal text-zinc-500 tabular-nums dark:text-zinc-400">
          {shown.length === customer.ecosystems.length ? customer.ecosystems.length : `${shown.length} of ${customer.ecosystems.length}`}{" "}
          {customer.ecosystems.length === 1 ? "ecosystem" : "ecosystems"}
        </span>
      </h2>
      {customer.problem ? (
        <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-200">
          Could not list this customer&apos;s ecosystems: {customer.problem}
        </p>
      ) : (
        <SortableTable
          rows={shown}
          columns={columns}
          rowKey={(ecosystem) => ecosystem.uuid}
          caption={`Ecosystems of ${customer.name}`}
          empty={customer.ecosystems.length === 0 ? "This customer has no ecosystems yet." : "No ecosystem of this customer matches the search."}
        />
      )}
    </section>
  );
}
