"use client";

import dynamic from "next/dynamic";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import type { TAlertRule } from "@/lib/alerts/alert-rules";
import type { TAlertEventView } from "@/lib/alerts/event-schemas";

// Loaded when first opened: the history's first load carries no form.
const MuteForm = dynamic(() => import("./mute-form").then((m) => m.MuteForm), { loading: () => null });

/** "Mute…" on an alert: its rule, on its connection or every one, for a while (operators). */
export function MuteButton({ event }: { event: TAlertEventView }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="sm" variant="secondary" onClick={() => setOpen(true)} aria-label={`Mute alerts like the one about ${event.device ?? event.title}`}>
        Mute…
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title="Mute these alerts">
        <MuteForm rule={event.rule as TAlertRule} connection={{ id: event.connectionId, name: event.connection }} onDone={() => setOpen(false)} />
      </Dialog>
    </>
  );
}
