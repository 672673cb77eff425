/** Timers the simulator started, so closing it never leaves a request hanging or a timer alive. */
export type TSleeper = {
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  cancelAll(): void;
};

export function createSleeper(): TSleeper {
  const wakers = new Set<() => void>();
  return {
    sleep: (ms, signal) =>
      new Promise<void>((resolve) => {
        if (ms <= 0 || signal?.aborted) return resolve();
        const wake = () => {
          clearTimeout(timer);
          wakers.delete(wake);
          signal?.removeEventListener("abort", wake);
          resolve();
        };
        const timer = setTimeout(wake, ms);
        wakers.add(wake);
        signal?.addEventListener("abort", wake, { once: true });
      }),
    cancelAll: () => {
      for (const wake of [...wakers]) wake();
    },
  };
}
