import "server-only";

// Work a request starts and does not wait for (the N2N fleet's signal reads): kept here so that
// what closes the database (a test's teardown) can first let it end.
const running = new Set<Promise<unknown>>();

/** Runs `work` without waiting for it; it must catch its own failures. */
export function inBackground(work: Promise<unknown>): void {
  running.add(work);
  void work.finally(() => running.delete(work));
}

/** Resolves once this process's background work (and any it started meanwhile) has ended. */
export async function backgroundSettled(): Promise<void> {
  while (running.size) await Promise.allSettled([...running]);
}
