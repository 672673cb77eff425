"use client";

import dynamic from "next/dynamic";
import type { ComponentType } from "react";

/** What shows while a part of a page loads its code (beside the page's data, not before the page). */
export function PartLoading() {
  return (
    <div aria-busy="true" className="rounded-md border border-zinc-200 px-4 py-6 text-sm text-zinc-500 dark:border-zinc-800">
      Loading…
    </div>
  );
}

/**
 * A table component whose code (TanStack Table, and Virtual where used) is fetched when the page
 * mounts, beside its data, instead of in the page's first load. Its rows come from the browser's
 * own queries, so there is nothing to render on the server.
 */
export function lazyTable<C extends ComponentType<never>>(load: () => Promise<C>): C {
  return dynamic(load, { ssr: false, loading: PartLoading }) as unknown as C;
}
