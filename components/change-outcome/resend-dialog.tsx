"use client";

import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import type { TResendQuestion } from "@/lib/change-outcome";

const TITLES: Record<TResendQuestion["outcome"]["state"], string> = {
  done: "Done, though the answer was lost",
  not_done: "Not done: the answer was lost",
  unknown: "Outcome unknown: the answer was lost",
};

const STATE_STYLES: Record<TResendQuestion["outcome"]["state"], string> = {
  done: "border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100",
  not_done: "border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100",
  unknown: "border-zinc-300 bg-zinc-50 text-zinc-900 dark:border-zinc-700 dark:bg-zinc-800 dark:text-zinc-100",
};

/**
 * A change whose answer was lost: what the vendor shows now, and the choice to send it again.
 * Not sending is the default (Escape, the first button); sending names the loss it was shown.
 */
export function ResendDialog({ question, onAnswer }: { question: TResendQuestion; onAnswer: (resend: boolean) => void }) {
  const { outcome, message } = question;
  const again = outcome.state === "done" ? "Send a second time" : "Send again";
  return (
    <Dialog open onClose={() => onAnswer(false)} title={TITLES[outcome.state]}>
      <div data-testid="change-outcome" data-state={outcome.state} className="space-y-3 text-sm">
        <p className={`rounded-md border px-3 py-2 ${STATE_STYLES[outcome.state]}`}>
          <span className="font-medium">The vendor shows:</span> {outcome.found}
        </p>
        <p className="text-zinc-600 dark:text-zinc-300">{message}</p>
        {outcome.state !== "not_done" && (
          <p className="text-zinc-600 dark:text-zinc-300">Sending it again {outcome.state === "done" ? "makes the change a second time" : "may make the change twice"}.</p>
        )}
      </div>
      <div className="mt-5 flex justify-end gap-2">
        <Button variant="secondary" autoFocus onClick={() => onAnswer(false)}>
          Don’t send
        </Button>
        <Button variant={outcome.state === "not_done" ? "primary" : "danger"} onClick={() => onAnswer(true)}>
          {again}
        </Button>
      </div>
    </Dialog>
  );
}
