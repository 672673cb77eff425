import type { ReactNode } from "react";
import { cn } from "./cn";

/** Label / value pairs in two columns; an empty value reads "—". `className` may set the label column. */
export function DetailList({ items, className }: { items: [label: string, value: ReactNode][]; className?: string }) {
  return (
    <dl className={cn("grid grid-cols-[minmax(8rem,max-content)_1fr] gap-x-6 gap-y-2 text-sm", className)}>
      {items.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-zinc-500 dark:text-zinc-400">{label}</dt>
          <dd className="min-w-0 break-words">{value === "" || value === null || value === undefined ? "—" : value}</dd>
        </div>
      ))}
    </dl>
  );
}
