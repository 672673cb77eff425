"use client";

import { Command } from "cmdk";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useDebounced } from "@/components/ui/use-debounced";
import { consolePagesFor } from "@/lib/search/console-pages";
import { hasRole, type TRole } from "@/lib/role-names";
import type { TVendor } from "@/lib/vendors/vendor-names";
import { SearchStatus } from "./search-status";
import { PageGroup, SearchGroup } from "./search-hits";
import { SearchScope } from "./search-scope";
import { useSearch } from "./use-search";

/** Typing waits this long for the next key before it asks the server. */
const DEBOUNCE_MS = 120;

type TProps = { open: boolean; role: TRole; onClose: () => void };

/**
 * The one search: every connection's items from the server's index, grouped by vendor, and the
 * pages and actions the role may use. Arrow keys move, Enter opens, Escape closes. "Show all"
 * narrows it to one vendor's hits until "All vendors" or the next open.
 */
export function SearchPalette({ open, role, onClose }: TProps) {
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState("");
  const [vendor, setVendor] = useState<TVendor | null>(null);
  const typed = useDebounced(text, DEBOUNCE_MS);
  const search = useSearch(typed, vendor);
  const blank = text.trim() === "";
  const answer = blank ? undefined : search.data;
  // The server sends only the role's pages; checked again here, so a stale answer never shows another role's.
  const pages = vendor ? [] : (blank ? consolePagesFor(role) : (answer?.pages ?? [])).filter((page) => hasRole(role, page.role));
  // Narrowed, the answer for every vendor shows only that vendor's first hits until its own comes.
  const groups = (answer?.groups ?? []).filter((group) => !vendor || group.vendor === vendor);
  const first = groups[0]?.hits[0]?.id ?? (pages[0] && `${pages[0].kind}:${pages[0].title}`) ?? "";

  // The first item is chosen whenever an answer comes or the vendors shown change, so Enter opens the best hit of what was typed.
  const [selected, setSelected] = useState("");
  const [chosenFor, setChosenFor] = useState("");
  const choice = `${vendor ?? "all"}|${first}`;
  if (chosenFor !== choice) {
    setChosenFor(choice);
    setSelected(first);
  }

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      // The box itself, not the first focusable element the dialog would pick.
      input.current?.focus();
    }
    if (!open && element.open) element.close();
  }, [open]);

  const close = () => {
    setText("");
    setVendor(null);
    onClose();
  };
  // A click on an item or the button leaves the box: the keys go back to it.
  const narrowTo = (next: TVendor | null) => {
    setVendor(next);
    input.current?.focus();
  };
  const openPage = (href: string) => {
    close();
    router.push(href);
  };

  return (
    <dialog
      ref={dialog}
      onClose={close}
      // A click on the backdrop (the dialog itself, outside its content) closes it too.
      onClick={(event) => event.target === dialog.current && dialog.current.close()}
      aria-label="Search every connection"
      className="m-auto mt-[12vh] w-full max-w-xl rounded-lg border border-zinc-200 bg-white p-0 text-zinc-900 shadow-xl backdrop:bg-black/40 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-100"
    >
      {open && (
        <Command label="Search every connection" shouldFilter={false} loop value={selected} onValueChange={setSelected}>
          <Command.Input
            ref={input}
            value={text}
            onValueChange={setText}
            placeholder="A name, an address, a CIDR, a DevEUI, a UID…"
            className="h-12 w-full border-b border-zinc-200 bg-transparent px-4 text-sm outline-none placeholder:text-zinc-400 dark:border-zinc-800"
          />
          {vendor && <SearchScope vendor={vendor} onAllVendors={() => narrowTo(null)} />}
          <Command.List className="max-h-[60vh] overflow-y-auto p-2">
            {groups.map((group) => (
              <SearchGroup key={group.vendor} group={group} onOpen={openPage} onShowAll={vendor ? undefined : () => narrowTo(group.vendor)} />
            ))}
            <PageGroup pages={pages} onOpen={openPage} />
          </Command.List>
          <SearchStatus text={text} typed={typed} search={search} found={groups.length + pages.length > 0} />
        </Command>
      )}
    </dialog>
  );
}
