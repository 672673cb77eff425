import type { ExternalToast } from "sonner";

// sonner (~10 KB gzip) loads the first time a toast is shown, not with every page: most page loads
// show none. A toast shown before its <Toaster> mounts is not lost: sonner replays active toasts
// to a Toaster that subscribes late.

type TSonner = typeof import("sonner");

let sonner: Promise<TSonner> | null = null;
let loaded: TSonner | null = null;
const onLoad = new Set<(sonner: TSonner) => void>();

function loadSonner(): Promise<TSonner> {
  sonner ??= import("sonner").then((module) => {
    loaded = module;
    onLoad.forEach((listener) => listener(module));
    return module;
  });
  return sonner;
}

/** Calls `listener` once sonner is loaded (at once when it already is); returns the unsubscribe. */
export function whenSonnerLoads(listener: (sonner: TSonner) => void): () => void {
  if (loaded) listener(loaded);
  else onLoad.add(listener);
  return () => onLoad.delete(listener);
}

/** sonner's `toast.success` and `toast.error`, returning nothing, so a mutation never waits for the toast to load. */
export const toast = {
  success(message: string, options?: ExternalToast): void {
    void loadSonner().then(({ toast }) => toast.success(message, options));
  },
  error(message: string, options?: ExternalToast): void {
    void loadSonner().then(({ toast }) => toast.error(message, options));
  },
};
