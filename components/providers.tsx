"use client";

import { ThemeProvider } from "next-themes";
import { useSyncExternalStore, type ReactNode } from "react";
import { LazyToaster } from "@/components/ui/lazy-toaster";

const subscribe = () => () => {};
const documentNonce = () => document.querySelector<HTMLScriptElement>("script[nonce]")?.nonce || undefined;

/**
 * The CSP nonce next-themes puts on its inline theme script (server) and style (browser). In the
 * browser it is the loaded document's: a refresh renders the layout again with a fresh, foreign one.
 */
function useCspNonce(serverNonce: string | undefined): string | undefined {
  return useSyncExternalStore(subscribe, () => documentNonce() ?? serverNonce, () => serverNonce);
}

export function Providers({ children, nonce: serverNonce }: { children: ReactNode; nonce?: string }) {
  const nonce = useCspNonce(serverNonce);
  return (
    <ThemeProvider attribute="class" defaultTheme="system" enableSystem disableTransitionOnChange nonce={nonce}>
      {children}
      <LazyToaster richColors closeButton position="bottom-right" />
    </ThemeProvider>
  );
}
