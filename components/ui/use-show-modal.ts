"use client";

import { useEffect, type RefObject } from "react";

/** Opens the native <dialog> as a modal (focus trapped, Escape closes) while `open`, and closes it otherwise. */
export function useShowModal(ref: RefObject<HTMLDialogElement | null>, open: boolean) {
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [ref, open]);
}
