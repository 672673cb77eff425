import type { TProvisionBlock } from "@/lib/vendors/provision/schemas";

const show = (value: unknown): string => {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) return value.length ? value.map(show).join(", ") : "—";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
};

/** Every field ProVision sent for the block, by its own name, in a disclosure. */
export function RawFields({ block }: { block: TProvisionBlock }) {
  const entries = Object.entries(block).sort(([a], [b]) => a.localeCompare(b));
  return (
    <details className="rounded-md border border-zinc-200 dark:border-zinc-800">
      <summary className="cursor-pointer px-3 py-2 text-sm font-medium">All {entries.length} fields from ProVision</summary>
      <dl className="grid grid-cols-[minmax(7rem,max-content)_1fr] gap-x-4 gap-y-1 border-t border-zinc-200 px-3 py-2 font-mono text-xs dark:border-zinc-800">
        {entries.map(([name, value]) => (
          <div key={name} className="contents">
            <dt className="text-zinc-500 dark:text-zinc-400">{name}</dt>
            <dd className="min-w-0 break-all">{show(value)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
