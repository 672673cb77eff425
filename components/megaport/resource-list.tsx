import type { TMegaportResourceView } from "@/lib/vendors/megaport/views";

/** Technical resources (interface, virtual_router, vll, csp_connection…) with Megaport's own field names. */
export function ResourceList({ resources, emptyText = "Megaport lists no technical resources for this service." }: { resources: TMegaportResourceView[]; emptyText?: string }) {
  if (resources.length === 0) return <p className="text-sm text-zinc-500 dark:text-zinc-400">{emptyText}</p>;
  return (
    <div className="space-y-3">
      {resources.map((resource) => (
        <section key={resource.name} aria-label={`Resource ${resource.name}`} data-testid="megaport-resource">
          <h4 className="mb-1 font-mono text-xs font-semibold text-zinc-700 dark:text-zinc-300">{resource.name}</h4>
          <dl className="grid grid-cols-[minmax(7rem,max-content)_1fr] gap-x-4 gap-y-0.5 text-xs">
            {resource.fields.map(([field, value]) => (
              <div key={field} className="contents">
                <dt className="font-mono break-all text-zinc-500 dark:text-zinc-400">{field}</dt>
                <dd className="min-w-0 break-words whitespace-pre-line">{value === "" ? "—" : value}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
