"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { ThemeProvider } from "next-themes";
import { useState, useSyncExternalStore, type ReactNode } from "react";
import { LazyToaster } from "@/components/ui/lazy-toaster";
import { ApiError } from "@/lib/api-client";

function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        // A 401 or 403 will not heal by retrying.
        retry: (failures, error) => !(error instanceof ApiError && error.status < 500) && failures < 2,
      },
    },
  });
}

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
  const [queryClient] = useState(makeQueryClient);
  const nonce = useCspNonce(serverNonce);
  return (
    <ThemeProvider attribute="class" defaultTheme="system" enableSystem disableTransitionOnChange nonce={nonce}>
      <QueryClientProvider client={queryClient}>
        {children}
        <LazyToaster richColors closeButton position="bottom-right" />
      </QueryClientProvider>
    </ThemeProvider>
  );
}
