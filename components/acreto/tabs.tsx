"use client";

import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";

export type TTab = { id: string; label: ReactNode; panel: ReactNode };

/** A WAI-ARIA tablist: arrow keys, Home and End move between tabs; only the chosen panel is rendered. */
export function Tabs({ label, tabs }: { label: string; tabs: TTab[] }) {
  const [selected, setSelected] = useState(tabs[0]?.id);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const base = useId();
  const index = Math.max(0, tabs.findIndex((tab) => tab.id === selected));

  const move = (event: KeyboardEvent) => {
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const wrapped = (next + tabs.length) % tabs.length;
    setSelected(tabs[wrapped]!.id);
    buttons.current[wrapped]?.focus();
  };

  return (
    <div>
      <div role="tablist" aria-label={label} onKeyDown={move} className="mb-4 flex gap-1 border-b border-zinc-200 dark:border-zinc-800">
        {tabs.map((tab, i) => (
          <button
            key={tab.id}
            ref={(button) => {
              buttons.current[i] = button;
            }}
            type="button"
            role="tab"
            id={`${base}-tab-${tab.id}`}
            aria-selected={i === index}
            aria-controls={`${base}-panel-${tab.id}`}
            tabIndex={i === index ? 0 : -1}
            onClick={() => setSelected(tab.id)}
            className={cn(
              "-mb-px border-b-2 px-3 py-2 text-sm font-medium",
              i === index
                ? "border-sky-600 text-sky-700 dark:border-sky-400 dark:text-sky-300"
                : "border-transparent text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100",
            )}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs[index] && (
        <div role="tabpanel" id={`${base}-panel-${tabs[index].id}`} aria-labelledby={`${base}-tab-${tabs[index].id}`} tabIndex={0}>
          {tabs[index].panel}
        </div>
      )}
    </div>
  );
}
