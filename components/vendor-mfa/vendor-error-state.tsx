"use client";

import { ErrorState } from "@/components/ui/empty-state";
import { useOtpRelay } from "./otp-relay-provider";
import { isMfaCancelled } from "./otp-relay";

type TProps = { error: Error; relayKey: string; onRetry: () => void; stale?: string };

/** The console's error box; after a cancelled one-time code its button offers to sign in again (which asks for a code). */
export function VendorErrorState({ error, relayKey, onRetry, stale }: TProps) {
  const relay = useOtpRelay();
  return (
    <ErrorState
      error={error}
      stale={stale}
      retryLabel={isMfaCancelled(error) ? "Enter a one-time code" : undefined}
      onRetry={() => {
        relay.resume(relayKey);
        onRetry();
      }}
    />
  );
}
