import { isMfaRequired } from "@/lib/api-client";
import { createOtpRelay, mfaCancelled, type TAskForCode, type TCodeRequest, type TOtpRelay, type TRelayTarget } from "./otp-relay";

/** What the one-time-code dialog shows, and its two ways out. */
export type TCodePrompt = {
  target: TRelayTarget;
  message: string;
  /** Why the last code was not accepted. */
  refusal: string | null;
  busy: boolean;
  submit(code: string): void;
  cancel(): void;
};

/** Shows one prompt until a code works or the admin cancels; `show(null)` hides it. */
function promptOnce<T>(request: TCodeRequest<T>, show: (prompt: TCodePrompt | null) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const finish = (settle: () => void) => {
      if (settled) return;
      settled = true;
      show(null);
      settle();
    };
    const open = (refusal: string | null, busy: boolean) => show({ target: request.target, message: request.message, refusal, busy, submit, cancel });
    async function submit(code: string) {
      open(null, true);
      try {
        const result = await request.attempt(code);
        finish(() => resolve(result));
      } catch (error) {
        if (settled) return;
        if (isMfaRequired(error)) open(error.message, false);
        else finish(() => reject(error));
      }
    }
    function cancel() {
      finish(() => reject(mfaCancelled(request.target.label)));
    }
    open(null, false);
  });
}

/** A relay whose prompts take turns: one dialog at a time, even for two connections. */
export function createPromptingRelay(show: (prompt: TCodePrompt | null) => void): TOtpRelay {
  let queue: Promise<unknown> = Promise.resolve();
  const ask: TAskForCode = (request) => {
    const turn = queue.then(() => promptOnce(request, show));
    queue = turn.catch(() => undefined);
    return turn;
  };
  return createOtpRelay(ask);
}
