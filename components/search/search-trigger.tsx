"use client";

import { useEffect, useState, type ComponentType } from "react";
import type { TRole } from "@/lib/role-names";

type TPalette = ComponentType<{ open: boolean; role: TRole; onClose: () => void }>;

// Only this box is in every page's first load: the palette (cmdk, its queries) is fetched on the first open.
const loadPalette = () => import("./search-palette").then((m) => m.SearchPalette);

/** Ctrl/⌘-K anywhere in the console, or this box in the header, opens the one search. */
export function SearchTrigger({ role }: { role: TRole }) {
  const [Palette, setPalette] = useState<TPalette | null>(null);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "k") {
        event.preventDefault();
        setOpen(true);
        void loadPalette().then((loaded) => setPalette(() => loaded));
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
  const show = () => {
    setOpen(true);
    void loadPalette().then((loaded) => setPalette(() => loaded));
  };
  return (
    <>
      <button
        type="button"
        onClick={show}
        aria-haspopup="dialog"
        aria-keyshortcuts="Control+K Meta+K"
        className="mr-auto flex h-8 w-full max-w-xs min-w-0 items-center justify-between gap-2 rounded-md border border-zinc-300 px-2.5 text-sm whitespace-nowrap text-zinc-500 hover:bg-zinc-100 dark:border-zinc-700 dark:text-zinc-400 dark:hover:bg-zinc-800"
      >
        <span className="truncate">Search every connection…</span> <kbd className="hidden font-sans text-xs sm:inline">Ctrl K</kbd>
      </button>
      {Palette && <Palette open={open} role={role} onClose={() => setOpen(false)} />}
    </>
  );
}
