import type { ReactNode } from "react";

/** Label / value pairs in two columns; an empty value reads "—". */
export function DetailList({ items }: { items: [label: string, value: ReactNode][] }) {
  return (
    <dl className="grid grid-cols-[minmax(8rem,max-content)_1fr] gap-x-6 gap-y-2 text-sm">
      {items.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-zinc-500 dark:text-zinc-400">{label}</dt>
          <dd className="min-w-0 break-words">{value === "" || value === null || value === undefined ? "—" : value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A list of addresses or names, one per line, in a fixed-width font. */
export function MonoList({ values }: { values: string[] }) {
  if (values.length === 0) return "—";
  return (
    <ul className="font-mono text-xs">
      {values.map((value) => (
        <li key={value}>{value}</li>
      ))}
    </ul>
  );
}
