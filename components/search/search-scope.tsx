"use client";

import { ArrowLeft } from "lucide-react";
import { VENDOR_NAMES, type TVendor } from "@/lib/vendors/vendor-names";

type TProps = { vendor: TVendor; onAllVendors: () => void };

/** Under the search box of a palette narrowed to one vendor: which one, and the way back to every vendor's hits. */
export function SearchScope({ vendor, onAllVendors }: TProps) {
  const { label, area } = VENDOR_NAMES[vendor];
  return (
    <div className="flex items-center gap-2 border-b border-zinc-200 px-3 py-2 text-xs dark:border-zinc-800">
      <button
        type="button"
        onClick={onAllVendors}
        // Enter is the button's own here: the palette would otherwise open its selected item.
        onKeyDown={(event) => event.stopPropagation()}
        className="inline-flex items-center gap-1 rounded-full border border-zinc-300 px-2.5 py-1 text-zinc-700 hover:bg-zinc-100 dark:border-zinc-700 dark:text-zinc-300 dark:hover:bg-zinc-800"
      >
        <ArrowLeft className="size-3.5" aria-hidden />
        All vendors
      </button>
      <span className="rounded-full bg-sky-700 px-2.5 py-1 font-medium text-white">
        Only {label} · {area}
      </span>
    </div>
  );
}
