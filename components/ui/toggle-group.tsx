"use client";

import { cn } from "./cn";

export type TToggleOption<T extends string> = { value: T; label: string; count: number };

const number = new Intl.NumberFormat("en");

/** A filter bar's one-of choice as joined buttons ("All 120 · Down 5 · Up 115"), each with how many rows it shows. */
export function ToggleGroup<T extends string>({ label, options, value, onChange }: { label: string; options: TToggleOption<T>[]; value: T; onChange: (value: T) => void }) {
  return (
    <div role="group" aria-label={label} className="inline-flex overflow-hidden rounded-md border border-zinc-300 dark:border-zinc-700">
      {options.map((option) => {
        const pressed = value === option.value;
        return (
          <button
            key={option.value}
            type="button"
            aria-pressed={pressed}
            onClick={() => onChange(option.value)}
            className={cn(
              "h-9 border-l border-zinc-300 px-3 text-sm first:border-l-0 dark:border-zinc-700",
              pressed ? "bg-sky-700 text-white" : "bg-white text-zinc-700 hover:bg-zinc-100 dark:bg-zinc-900 dark:text-zinc-300 dark:hover:bg-zinc-800",
            )}
          >
            {option.label} <span className={cn("ml-1 tabular-nums", pressed ? "text-white" : "text-zinc-500 dark:text-zinc-400")}>{number.format(option.count)}</span>
          </button>
        );
      })}
    </div>
  );
}
