import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";

/**
 * The vendor reads one BFF request was built from: each cached reply it used (by identity), or
 * `reusable: false` once it used anything that is not a cached shared read (a change, a fresh
 * read, one with a one-time code, one not cached). An answer built only from cached replies is
 * the same answer while those replies are still the ones cached.
 */
export type TReadTrace = { replies: { key: string; reply: object }[]; reusable: boolean };

const scope = new AsyncLocalStorage<TReadTrace>();

export async function withReadTrace<T>(run: () => Promise<T>): Promise<{ value: T; trace: TReadTrace }> {
  const trace: TReadTrace = { replies: [], reusable: true };
  const value = await scope.run(trace, run);
  return { value, trace };
}

/** The upstream core: this request used a cached reply (or one now cached). */
export function traceCachedReply(key: string, reply: object): void {
  scope.getStore()?.replies.push({ key, reply });
}

/** The upstream core: this request used something that is not a cached reply. */
export function traceUncached(): void {
  const trace = scope.getStore();
  if (trace) trace.reusable = false;
}
