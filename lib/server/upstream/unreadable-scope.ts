import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { describeUnreadable, type TUnreadable, type TUnreadableSummary } from "@/lib/vendors/tolerant";

// The records the vendor lists of one BFF request left out, so its answer can say so.
const scope = new AsyncLocalStorage<Map<string, TUnreadable>>();

/** Runs one BFF request; `unreadable` is what its vendor reads left out (null when nothing). */
export async function withUnreadableScope<T>(run: () => Promise<T>): Promise<{ value: T; unreadable: TUnreadableSummary | null }> {
  const seen = new Map<string, TUnreadable>();
  const value = await scope.run(seen, run);
  if (seen.size === 0) return { value, unreadable: null };
  return { value, unreadable: { count: seen.size, reasons: [...seen.values()].slice(0, 5).map(describeUnreadable) } };
}

/** Called by the upstream core for every parse that left records out; the same record read twice counts once. */
export function reportToScope(operation: string, unreadable: readonly TUnreadable[]): void {
  const seen = scope.getStore();
  if (!seen) return;
  for (const record of unreadable) seen.set(`${operation}\u0000${record.record}`, record);
}
