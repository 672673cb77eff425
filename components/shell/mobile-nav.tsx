"use client";

import { Menu, X } from "lucide-react";
import { usePathname } from "next/navigation";
import { useRef, useState } from "react";
import { useShowModal } from "@/components/ui/use-show-modal";
import type { TRole } from "@/lib/role-names";
import { Sidebar } from "./sidebar";

/** Below 768 px the sidebar is hidden: a menu button opens the same navigation as a drawer. */
export function MobileNav({ role }: { role: TRole }) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDialogElement>(null);
  const pathname = usePathname();
  // A link followed: the drawer closes on the new page.
  const [shownFor, setShownFor] = useState(pathname);
  if (shownFor !== pathname) {
    setShownFor(pathname);
    setOpen(false);
  }
  useShowModal(ref, open);
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        aria-label="Open the menu"
        aria-expanded={open}
        className="mr-auto inline-flex h-9 w-9 items-center justify-center rounded-md text-zinc-700 hover:bg-zinc-100 md:hidden dark:text-zinc-300 dark:hover:bg-zinc-800"
      >
        <Menu size={20} aria-hidden />
      </button>
      <dialog
        ref={ref}
        onClose={() => setOpen(false)}
        aria-label="Menu"
        className="m-0 h-full max-h-none w-64 max-w-[80vw] border-r border-zinc-200 bg-white p-0 text-zinc-900 backdrop:bg-black/40 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-100"
      >
        <div className="flex items-center justify-between px-6 pt-4 pb-2">
          <span className="text-lg font-semibold tracking-tight">Patchbay</span>
          <button type="button" onClick={() => setOpen(false)} aria-label="Close the menu" className="inline-flex h-9 w-9 items-center justify-center rounded-md hover:bg-zinc-100 dark:hover:bg-zinc-800">
            <X size={18} aria-hidden />
          </button>
        </div>
        {open && <Sidebar role={role} />}
      </dialog>
    </>
  );
}
