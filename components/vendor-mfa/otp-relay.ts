import { ApiError, isMfaRequired } from "@/lib/api-client";

/** Whose sign-in a call needs: one per vendor connection. `label` names the vendor to the admin. */
export type TRelayTarget = { key: string; label: string };

/** One prompt: `attempt` runs with each code the admin enters until one works (resolves) or the admin cancels (rejects). */
export type TCodeRequest<T> = { target: TRelayTarget; message: string; attempt: (code: string) => Promise<T> };
export type TAskForCode = <T>(request: TCodeRequest<T>) => Promise<T>;

export const MFA_CANCELLED = "mfa_cancelled";

export const isMfaCancelled = (error: unknown): error is ApiError => error instanceof ApiError && error.code === MFA_CANCELLED;

export function mfaCancelled(label: string): ApiError {
  return new ApiError(424, MFA_CANCELLED, `Sign-in cancelled: ${label} still asks for a one-time code, so nothing could be loaded from it.`);
}

export type TOtpRelay = {
  /** Runs `send`; when the vendor asks for a code, asks the admin once for every call waiting on that connection, then retries. */
  call<T>(target: TRelayTarget, send: (otp?: string) => Promise<T>): Promise<T>;
  /** After a cancel, calls fail at once (no prompt on every poll) until the admin asks to sign in again. */
  resume(key: string): void;
};

export function createOtpRelay(ask: TAskForCode): TOtpRelay {
  // A code works once, so calls that meet the challenge together share one sign-in.
  const signIns = new Map<string, Promise<unknown>>();
  const declined = new Set<string>();

  async function call<T>(target: TRelayTarget, send: (otp?: string) => Promise<T>): Promise<T> {
    for (;;) {
      const running = signIns.get(target.key);
      if (running) {
        const failure = await running.then(() => null, (error: unknown) => error);
        if (isMfaCancelled(failure)) throw failure;
      } else if (declined.has(target.key)) {
        throw mfaCancelled(target.label);
      }
      let challenge: ApiError;
      try {
        return await send();
      } catch (error) {
        if (!isMfaRequired(error)) throw error;
        challenge = error;
      }
      if (signIns.has(target.key)) continue; // another call began a sign-in meanwhile: wait for it
      const signIn = ask({ target, message: challenge.message, attempt: (code) => send(code) });
      signIns.set(target.key, signIn);
      try {
        return await signIn;
      } catch (error) {
        if (isMfaCancelled(error)) declined.add(target.key);
        throw error;
      } finally {
        signIns.delete(target.key);
      }
    }
  }

  return { call, resume: (key) => declined.delete(key) };
}
