"use client";

import { KeyRound } from "lucide-react";
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { isWholeOtp } from "@/components/ui/otp-digits";
import { OtpInput } from "@/components/ui/otp-input";
import type { TCodePrompt } from "./code-prompt";

/** "One-time code": the vendor's message, a 6-digit field, and the vendor's refusal when a code did not work. */
export function OneTimeCodeDialog({ prompt }: { prompt: TCodePrompt }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [code, setCode] = useState("");
  const [shownRefusal, setShownRefusal] = useState<string | null>(null);
  const id = useId();

  // A refused code is cleared so the next one can be typed straight away.
  if (prompt.refusal !== shownRefusal) {
    setShownRefusal(prompt.refusal);
    if (prompt.refusal) setCode("");
  }

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  useEffect(() => {
    if (!prompt.busy) dialogRef.current?.querySelector("input")?.focus();
  }, [prompt.busy, prompt.refusal]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (isWholeOtp(code) && !prompt.busy) prompt.submit(code);
  };

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-message`}
      onCancel={(event) => {
        event.preventDefault(); // Escape cancels through the prompt, so the calls waiting on it hear of it.
        prompt.cancel();
      }}
      className="m-auto w-full max-w-md rounded-lg border border-zinc-200 bg-white p-0 text-zinc-900 shadow-xl backdrop:bg-black/40 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-100"
    >
      <form onSubmit={submit} className="space-y-4 p-5">
        <h2 id={`${id}-title`} className="flex items-center gap-2 text-lg font-semibold">
          <KeyRound size={18} aria-hidden className="text-sky-600 dark:text-sky-400" />
          One-time code
        </h2>
        <p id={`${id}-message`} className="text-sm text-zinc-600 dark:text-zinc-300">
          {prompt.message}
        </p>
        <div className="space-y-1">
          <label htmlFor={`${id}-code`} className="block text-sm font-medium text-zinc-700 dark:text-zinc-300">
            Code from the authenticator app
          </label>
          <OtpInput
            id={`${id}-code`}
            value={code}
            onValueChange={setCode}
            autoSubmit
            aria-invalid={prompt.refusal ? true : undefined}
            aria-describedby={prompt.refusal ? `${id}-refusal` : undefined}
            disabled={prompt.busy}
          />
          {prompt.refusal && (
            <p id={`${id}-refusal`} role="alert" className="text-sm text-red-700 dark:text-red-400">
              {prompt.refusal}
            </p>
          )}
        </div>
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={prompt.cancel}>
            Cancel
          </Button>
          <Button type="submit" disabled={!isWholeOtp(code) || prompt.busy}>
            {prompt.busy ? "Checking…" : "Sign in"}
          </Button>
        </div>
      </form>
    </dialog>
  );
}
