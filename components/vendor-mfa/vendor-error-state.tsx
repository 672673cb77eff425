"use client";

import { Button } from "@/components/ui/button";
import { useOtpRelay } from "./otp-relay-provider";
import { isMfaCancelled } from "./otp-relay";

/** An error box; after a cancelled one-time code it offers to sign in again (which asks for a code). */
export function VendorErrorState({ error, relayKey, onRetry }: { error: Error; relayKey: string; onRetry: () => void }) {
  const relay = useOtpRelay();
  const cancelled = isMfaCancelled(error);
  return (
    <div
      role="alert"
      className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-red-300 bg-red-50 p-4 text-sm text-red-800 dark:border-red-900 dark:bg-red-950/40 dark:text-red-300"
    >
      <span>{error.message}</span>
      <Button
        variant="secondary"
        size="sm"
        onClick={() => {
          relay.resume(relayKey);
          onRetry();
        }}
      >
        {cancelled ? "Enter a one-time code" : "Try again"}
      </Button>
    </div>
  );
}
