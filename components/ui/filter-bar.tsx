import type { ReactNode, SelectHTMLAttributes } from "react";
import { Input, Select } from "./input";

type TSearch = { label: string; placeholder: string; value: string; onChange: (value: string) => void };

/**
 * Every table's filter bar: the search first, then the filters side by side, then how many rows show
 * on the right; on a narrow screen the search takes a line of its own and the rest wraps below it.
 */
export function FilterBar({ search, children, count, countTestId }: { search?: TSearch; children?: ReactNode; count?: ReactNode; countTestId?: string }) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      {search && (
        <Input type="search" aria-label={search.label} placeholder={search.placeholder} value={search.value} onChange={(event) => search.onChange(event.target.value)} className="w-full sm:w-72" />
      )}
      {children}
      {count !== undefined && (
        <p className="ml-auto flex flex-wrap items-center gap-x-2 text-xs text-zinc-500 tabular-nums dark:text-zinc-400" aria-live="polite" data-testid={countTestId}>
          {count}
        </p>
      )}
    </div>
  );
}

/** A filter bar's list, its label beside it. */
export function FilterSelect({ label, className, ...props }: SelectHTMLAttributes<HTMLSelectElement> & { label: string }) {
  return (
    <label className="flex items-center gap-1.5 text-sm text-zinc-600 dark:text-zinc-300">
      {label}
      <Select className={className ?? "w-auto"} {...props} />
    </label>
  );
}
