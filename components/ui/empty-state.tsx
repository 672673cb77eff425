import type { ReactNode } from "react";
import { Button } from "./button";

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="rounded-lg border border-dashed border-zinc-300 p-8 text-center dark:border-zinc-700">
      <p className="font-medium">{title}</p>
      {children && <div className="mt-2 text-sm text-zinc-500 dark:text-zinc-400">{children}</div>}
    </div>
  );
}

type TErrorProps = {
  error: unknown;
  /** Shows "Try again" (or `retryLabel`) in the box. */
  onRetry?: () => void;
  retryLabel?: string;
  /** What the page still shows from before, when only a refresh failed. */
  stale?: string;
};

/** The console's one error box: the message an admin can act on, and a way to try again. */
export function ErrorState({ error, onRetry, retryLabel = "Try again", stale }: TErrorProps) {
  const message = error instanceof Error ? error.message : "Something went wrong";
  return (
    <div role="alert" className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-red-300 bg-red-50 p-4 text-sm text-red-800 dark:border-red-900 dark:bg-red-950/40 dark:text-red-300">
      <span>{stale ? `Could not refresh: ${message} ${stale}` : message}</span>
      {onRetry && (
        <Button variant="secondary" size="sm" onClick={onRetry}>
          {retryLabel}
        </Button>
      )}
    </div>
  );
}
