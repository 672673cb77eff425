"use client";

import dynamic from "next/dynamic";
import { createContext, useContext, useState, type ReactNode } from "react";
import { createPromptingRelay, type TCodePrompt } from "./code-prompt";
import type { TOtpRelay } from "./otp-relay";

// Loaded when a vendor first asks for a code: most pages never need it.
const OneTimeCodeDialog = dynamic(() => import("./one-time-code-dialog").then((m) => m.OneTimeCodeDialog), { loading: () => null });

const RelayContext = createContext<TOtpRelay | null>(null);

/** Lets any vendor call below it ask the admin for a one-time code when the vendor demands one (424). */
export function OtpRelayProvider({ children }: { children: ReactNode }) {
  const [prompt, setPrompt] = useState<TCodePrompt | null>(null);
  const [relay] = useState(() => createPromptingRelay(setPrompt));
  return (
    <RelayContext.Provider value={relay}>
      {children}
      {prompt && <OneTimeCodeDialog prompt={prompt} />}
    </RelayContext.Provider>
  );
}

export function useOtpRelay(): TOtpRelay {
  const relay = useContext(RelayContext);
  if (!relay) throw new Error("useOtpRelay needs an <OtpRelayProvider> above it");
  return relay;
}
