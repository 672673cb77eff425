"use client";

import type { TIpamAggregateRow } from "@/lib/vendors/provision/schemas";
import { AggregateRows } from "./aggregate-rows";
import type { TIpamRowHandlers } from "./ipam-action";

const HEAD = "px-3 py-2 font-medium";

/** One family's aggregates as a table of expandable rows: assigned blocks, then free space. */
export function AggregateTable(props: {
  family: "IPv4" | "IPv6";
  aggregates: TIpamAggregateRow[];
  expanded: ReadonlySet<number>;
  onToggle: (aggregateId: number) => void;
  handlers: TIpamRowHandlers;
}) {
  const { family, aggregates, expanded, onToggle, handlers } = props;
  const headingId = `ipam-${family.toLowerCase()}-heading`;
  return (
    <section aria-labelledby={headingId} className="space-y-2">
      <h2 id={headingId} className="text-sm font-semibold text-zinc-700 dark:text-zinc-200">
        {family} aggregates <span className="font-normal text-zinc-500">({aggregates.length})</span>
      </h2>
      {aggregates.length === 0 ? (
        <p className="rounded-lg border border-dashed border-zinc-300 p-4 text-sm text-zinc-500 dark:border-zinc-700 dark:text-zinc-400">No {family} aggregates{" "}here.</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{family} aggregates: expand one to see its assigned blocks and the space still available, largest first</caption>
            <thead className="border-b border-zinc-200 bg-zinc-50 text-xs uppercase text-zinc-500 dark:border-zinc-800 dark:bg-zinc-900/60 dark:text-zinc-400">
              <tr>
                <th scope="col" className={HEAD}>Block</th>
                <th scope="col" className={HEAD}>Status</th>
                <th scope="col" className={HEAD}>Resource / contents</th>
                <th scope="col" className={HEAD}>Utilisation</th>
                {handlers.showMeta && <th scope="col" className={HEAD}>RIR · region · VLAN · tags</th>}
                {handlers.onAction && (
                  <th scope="col" className={HEAD}>
                    <span className="sr-only">Actions</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {aggregates.map((aggregate) => (
                <AggregateRows key={aggregate.id} aggregate={aggregate} expanded={expanded.has(aggregate.id)} onToggle={() => onToggle(aggregate.id)} handlers={handlers} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
